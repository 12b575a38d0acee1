using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests;

/// <summary>The one Stateless definition of the TIG lifecycle (C. pén. 131-22).</summary>
public sealed class TigLifecycleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void The_graph_exports_as_DOT_and_Mermaid_with_guard_descriptions()
    {
        var dot = TigLifecycle.ToDotGraph();
        var mermaid = TigLifecycle.ToMermaidGraph();
        foreach (var state in Enum.GetNames<TigState>())
        {
            Assert.Contains(state, dot, StringComparison.Ordinal);
            Assert.Contains(state, mermaid, StringComparison.Ordinal);
        }
        Assert.Contains("the deadline is before today with hours left", dot, StringComparison.Ordinal);
        Assert.StartsWith("stateDiagram", mermaid.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_can_ask_what_is_permitted_and_why_not()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start, 2);
        Assert.Contains(TigTrigger.Suspend, TigLifecycle.PermittedTriggers(m, Start));
        Assert.DoesNotContain(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, Start));
        Assert.Equal(["the deadline is before today with hours left (C. pén. 131-22)"], TigLifecycle.WhyNot(m, TigTrigger.MarkOverdue, Start));
        Assert.Empty(TigLifecycle.WhyNot(m, TigTrigger.MarkOverdue, m.Deadline.AddDays(1)));

        f.Log(m, Start, 10, "a");
        f.Log(m, Start.AddDays(1), 10, "b");
        Assert.Equal(TigState.Completed, m.State);
        Assert.DoesNotContain(TigTrigger.Suspend, TigLifecycle.PermittedTriggers(m, Start));
        Assert.Single(TigLifecycle.WhyNot(m, TigTrigger.Suspend, Start));
        Assert.Equal([new TigStateChange(Start.AddDays(1), TigState.Active, TigState.Completed, TigTrigger.Complete)], m.History);
    }

    [Fact]
    public async Task The_sweep_marks_overdue_strictly_after_the_deadline_and_is_idempotent()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start, 2);
        var sweep = Assert.Single(f.Services.GetServices<IDailySweep>());
        await sweep.RunAsync(m.Deadline);
        Assert.Equal(TigState.Active, m.State);
        await sweep.RunAsync(m.Deadline.AddDays(1));
        await sweep.RunAsync(m.Deadline.AddDays(1));
        Assert.Equal(TigState.Overdue, m.State);
        Assert.Single(m.History);
    }

    [Fact]
    public async Task A_suspension_recorded_late_brings_an_overdue_measure_back_when_the_new_deadline_is_not_passed()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start, 2);
        var today = m.Deadline.AddDays(3);
        f.Today(today);
        await f.Services.GetServices<IDailySweep>().Single().RunAsync(today);
        Assert.Equal(TigState.Overdue, m.State);
        f.Tig.Suspend(m.Id, Start.AddDays(10), Start.AddDays(11), TigSuspensionReason.Family);
        Assert.Equal(TigState.Overdue, m.State); // deadline + 2 is still before today
        f.Tig.Suspend(m.Id, Start.AddDays(20), Start.AddDays(20), TigSuspensionReason.Social);
        Assert.Equal(TigState.Active, m.State); // deadline + 3 = today
    }

    [Fact]
    public void A_suspension_that_would_move_the_deadline_past_the_calendar_is_refused_and_changes_nothing()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start, 2);
        var deadline = m.Deadline;
        var ex = Assert.Throws<RuleViolationException>(() =>
            f.Tig.Suspend(m.Id, DateOnly.MinValue, DateOnly.MaxValue, TigSuspensionReason.Medical));
        Assert.Equal("TIG-SUSPENSION-INVALID", ex.Violation.Code);
        Assert.Equal(deadline, m.Deadline);
        Assert.Empty(m.Suspensions);
    }

    [Fact]
    public void One_machine_serves_many_measures_on_many_threads()
    {
        using var f = new TigFixture();
        var measures = Enumerable.Range(0, 200)
            .Select(i => f.Sentence($"m{i}", f.Person($"p{i}", new(1990, 1, 1)), 20, Start, 1))
            .ToList();
        Parallel.ForEach(measures, m =>
        {
            f.Log(m, Start, 10, "a");
            f.Log(m, Start.AddDays(1), 10, "b");
        });
        Assert.All(measures, m => Assert.Equal(TigState.Completed, m.State));
        Parallel.ForEach(measures, m => Assert.Contains(TigTrigger.Correct, TigLifecycle.PermittedTriggers(m, Start)));
    }
}
