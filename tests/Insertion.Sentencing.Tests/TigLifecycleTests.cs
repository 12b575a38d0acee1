using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests;

/// <summary>The one TIG lifecycle on the kernel's Lifecycle helper (C. pén. 131-22).</summary>
public sealed class TigLifecycleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void The_graph_exports_as_DOT_and_Mermaid_with_a_description_on_every_guard()
    {
        var dot = TigLifecycle.ToDot();
        var mermaid = TigLifecycle.ToMermaid();
        foreach (var state in Enum.GetNames<TigState>())
        {
            Assert.Contains(state, dot, StringComparison.Ordinal);
            Assert.Contains(state, mermaid, StringComparison.Ordinal);
        }
        Assert.Contains("the deadline is before today with hours left", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", dot, StringComparison.Ordinal);
        Assert.StartsWith("stateDiagram", mermaid.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_can_ask_what_is_permitted_and_why_not_as_rule_violations()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        Assert.Contains(TigTrigger.Suspend, TigLifecycle.PermittedTriggers(m, Start));
        Assert.DoesNotContain(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, Start));
        var why = Assert.Single(TigLifecycle.WhyNot(m, TigTrigger.MarkOverdue, Start));
        Assert.Equal("TIG-INVALID-TRANSITION", why.Code);
        Assert.Contains("the deadline is before today with hours left (C. pén. 131-22)", why.Message, StringComparison.Ordinal);
        Assert.Empty(TigLifecycle.WhyNot(m, TigTrigger.MarkOverdue, m.Deadline.AddDays(1)));

        await f.LogAsync(m, Start, 10, "a");
        await f.LogAsync(m, Start.AddDays(1), 10, "b");
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Completed, m.State);
        Assert.DoesNotContain(TigTrigger.Suspend, TigLifecycle.PermittedTriggers(m, Start));
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(TigLifecycle.WhyNot(m, TigTrigger.Suspend, Start)).Code);
        Assert.Equal([new TigStateChange(Start.AddDays(1), TigState.Active, TigState.Completed, TigTrigger.Complete)], m.History);
    }

    [Fact]
    public async Task The_day_of_a_dated_call_does_not_outlive_the_call_C_pen_131_22()
    {
        // The deadline guards read the day only inside a dated call: a host asking the public
        // definition directly afterwards must not see the last caller's day.
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        var after = m.Deadline.AddDays(1);
        Assert.True(TigLifecycle.CanFire(m, TigTrigger.MarkOverdue, after));
        Assert.False(TigLifecycle.Definition.CanFire(m, TigTrigger.MarkOverdue));
        Assert.Empty(TigLifecycle.WhyNot(m, TigTrigger.MarkOverdue, after));
        Assert.False(TigLifecycle.Definition.CanFire(m, TigTrigger.MarkOverdue));
    }

    [Fact]
    public async Task The_sweep_marks_overdue_strictly_after_the_deadline_and_is_idempotent()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        await f.SweepAsync(m.Deadline);
        Assert.Equal(TigState.Active, (await f.ReloadAsync(m)).State);
        await f.SweepAsync(m.Deadline.AddDays(1));
        await f.SweepAsync(m.Deadline.AddDays(1));
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Overdue, m.State);
        Assert.Single(m.History);
    }

    [Fact]
    public async Task The_sweep_can_be_turned_off_by_options()
    {
        using var f = new TigFixture(builder: b => b.AddSentencing(o => o.SweepOverdue = false));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        await f.SweepAsync(m.Deadline.AddDays(1));
        Assert.Equal(TigState.Active, (await f.ReloadAsync(m)).State);
    }

    [Fact]
    public async Task A_suspension_recorded_late_brings_an_overdue_measure_back_when_the_new_deadline_is_not_passed()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        var today = m.Deadline.AddDays(3);
        f.Today(today);
        await f.SweepAsync(today);
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
        await f.Tig.SuspendAsync(m.Id, Start.AddDays(10), Start.AddDays(11), TigSuspensionReason.Family);
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State); // deadline + 2 is still before today
        await f.Tig.SuspendAsync(m.Id, Start.AddDays(20), Start.AddDays(20), TigSuspensionReason.Social);
        Assert.Equal(TigState.Active, (await f.ReloadAsync(m)).State); // deadline + 3 = today
    }

    [Fact]
    public async Task A_suspension_that_would_move_the_deadline_past_the_calendar_is_refused_and_changes_nothing()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 2);
        Assert.Equal("TIG-SUSPENSION-INVALID", Assert.Single(await f.Tig.CanSuspendAsync(m.Id, DateOnly.MinValue, DateOnly.MaxValue, TigSuspensionReason.Medical)).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() =>
            f.Tig.SuspendAsync(m.Id, DateOnly.MinValue, DateOnly.MaxValue, TigSuspensionReason.Medical));
        Assert.Equal("TIG-SUSPENSION-INVALID", ex.Violation.Code);
        var after = await f.ReloadAsync(m);
        Assert.Equal(m.Deadline, after.Deadline);
        Assert.Empty(after.Suspensions);
    }

    [Fact]
    public async Task One_machine_serves_many_measures_on_many_threads()
    {
        using var f = new TigFixture();
        var measures = new List<TigMeasure>();
        for (var i = 0; i < 100; i++)
        {
            measures.Add(await f.SentenceAsync($"m{i}", await f.PersonAsync($"p{i}", new(1990, 1, 1)), 20, Start, 1));
        }
        await Parallel.ForEachAsync(measures, async (m, _) =>
        {
            await f.LogAsync(m, Start, 10, "a");
            await f.LogAsync(m, Start.AddDays(1), 10, "b");
        });
        var after = await f.Tig.ListAsync();
        Assert.All(after, m => Assert.Equal(TigState.Completed, m.State));
        Parallel.ForEach(after, m => Assert.Contains(TigTrigger.Correct, TigLifecycle.PermittedTriggers(m, Start)));
    }
}
