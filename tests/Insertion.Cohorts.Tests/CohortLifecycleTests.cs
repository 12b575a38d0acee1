using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>The one lifecycle definition (Planned, Open, Running, Closed), its guards and its graph.</summary>
public sealed class CohortLifecycleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static Cohort NewCohort() => new(new CohortId("k"), TestPrograms.Aqi, "test-site", Start);

    [Fact]
    public void The_graph_exports_to_dot_and_mermaid_with_guard_descriptions()
    {
        var dot = CohortLifecycle.ToDot();
        var mermaid = CohortLifecycle.ToMermaid();
        Assert.Contains("Running", dot, StringComparison.Ordinal);
        Assert.Contains("the cohort's end date is reached", dot, StringComparison.Ordinal);
        Assert.Contains("Closed", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_cohort_is_planned_and_opens()
    {
        var k = NewCohort();
        Assert.Equal(CohortState.Planned, k.State);
        Assert.Equal([CohortTrigger.Open], CohortLifecycle.PermittedTriggers(k, Start));
        k.Open(Start);
        Assert.Equal(CohortState.Open, k.State);
    }

    [Fact]
    public void Starting_before_the_start_date_is_refused_with_the_guard_description()
    {
        var k = NewCohort();
        k.Open(Start);
        Assert.False(CohortLifecycle.CanFire(k, CohortTrigger.Start, Start.AddDays(-1)));
        var why = Assert.Single(k.CanMarkStarted(Start.AddDays(-1)));
        Assert.Equal("COHORT-INVALID-TRANSITION", why.Code);
        Assert.Contains("the cohort's start date is reached", why.Message, StringComparison.Ordinal);
        Assert.Equal(CohortState.Open, k.State);
        k.MarkStarted(Start);
        Assert.Equal(CohortState.Running, k.State);
    }

    [Fact]
    public void A_running_cohort_closes_on_or_after_its_end_only()
    {
        var k = NewCohort();
        k.Open(Start);
        k.MarkStarted(Start);
        Assert.NotEmpty(k.CanClose(k.End.AddDays(-1)));
        Assert.Empty(k.CanClose(k.End));
        k.Close(k.End);
        Assert.Equal(CohortState.Closed, k.State);
        Assert.Empty(CohortLifecycle.PermittedTriggers(k, k.End));
    }

    [Fact]
    public void The_day_of_a_dated_call_does_not_outlive_the_call()
    {
        // The guards read the day only inside a dated call: a host asking the public definition
        // directly afterwards must not see the last caller's day (no day is set: nothing is reached).
        var k = NewCohort();
        k.Open(Start);
        Assert.True(CohortLifecycle.CanFire(k, CohortTrigger.Start, Start));
        Assert.False(CohortLifecycle.Definition.CanFire(k, CohortTrigger.Start));
        Assert.True(CohortLifecycle.CanFire(k, CohortTrigger.Start, Start.AddDays(3)));
        Assert.False(CohortLifecycle.Definition.CanFire(k, CohortTrigger.Start));
    }

    [Fact]
    public void The_one_machine_serves_many_cohorts_from_many_threads()
    {
        var cohorts = Enumerable.Range(0, 200).Select(i => new Cohort(new CohortId($"k{i}"), TestPrograms.Aqi, "s", Start.AddDays(i))).ToList();
        Parallel.ForEach(cohorts, k =>
        {
            k.Open(k.Start);
            k.MarkStarted(k.Start);
            k.Close(k.End);
        });
        Assert.All(cohorts, k => Assert.Equal(CohortState.Closed, k.State));
    }
}
