using Insertion.Abstractions;
using Insertion.Cohorts;

namespace Insertion.Cohorts.Tests;

/// <summary>The one lifecycle definition (Planned, Open, Running, Closed), its guards and its graph.</summary>
public sealed class CohortLifecycleTests
{
    private static Cohort NewCohort(DateOnly start) => new(new CohortId("k"), TestPrograms.Aqi, "amiens", start);

    [Fact]
    public void The_graph_exports_to_dot_and_mermaid_with_guard_descriptions()
    {
        var dot = CohortLifecycle.ToDotGraph();
        var mermaid = CohortLifecycle.ToMermaidGraph();
        Assert.Contains("Running", dot, StringComparison.Ordinal);
        Assert.Contains("the cohort's end date is reached", dot, StringComparison.Ordinal);
        Assert.Contains("Closed", mermaid, StringComparison.Ordinal);
    }
}
