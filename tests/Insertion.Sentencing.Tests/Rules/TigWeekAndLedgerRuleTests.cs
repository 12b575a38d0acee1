using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// The ledger's rules at their edges: the weekly cap counts the ISO week of the day, Monday to
/// Sunday (Code pénitentiaire R. 623-16), declared paid work adds up by week; a cancelled measure
/// answers only TIG-INVALID-TRANSITION; a completed one only TIG-HOURS-EXCEEDED (SCENARIOS.md
/// "logTig"); an overdue measure still completes with hours done within the term (C. pén. 131-22).
/// </summary>
public sealed class TigWeekAndLedgerRuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);   // ISO week 2026-W10
    private static readonly DateOnly Adult = new(1990, 1, 1);

    [Fact]
    public async Task The_weekly_cap_counts_the_ISO_week_Monday_to_Sunday_and_nothing_around_it_R_623_16()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 200, Monday.AddDays(-7));
        await f.LogAsync(m, Monday.AddDays(-1), 10, "previous-sunday");          // week W09
        for (var d = 0; d < 4; d++)
        {
            await f.LogAsync(m, Monday.AddDays(d), 10, $"d{d}");                  // 40 h in W10
        }
        await f.LogAsync(m, Monday.AddDays(6), 7, "sunday");                      // 47 h in W10
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(4), 0.25m, "friday")));
        var refused = Assert.Single(await f.Tig.CanLogAsync(m.Id, Monday.AddDays(5), WorkMinutes.FromHours(1), TigEntryKind.Task, "saturday", "t"));
        Assert.Equal("TIG-WEEKLY-CUMUL", refused.Code);
        Assert.Equal(WorkMinutes.FromHours(48), refused.Values["tig"]);
        await f.LogAsync(m, Monday.AddDays(7), 10, "next-monday");                // W11 starts afresh
        Assert.Equal(WorkMinutes.FromHours(67), (await f.ReloadAsync(m)).Done);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Every_day_of_an_ISO_week_counts_towards_that_week_R_623_16(int day)
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var m = await f.SentenceAsync("m", p, 200, Monday.AddDays(-7));
        await f.PaidWork.DeclareAsync(p, IsoWeek.Of(Monday), WorkMinutes.FromHours(40));
        await f.LogAsync(m, Monday.AddDays(day), 7, "a");                         // 40 + 7 = 47
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(6 - day), 0.25m, "b")));
        await f.LogAsync(m, Monday.AddDays(7), 1, "next-monday");
        await f.LogAsync(m, Monday.AddDays(-1), 1, "previous-sunday");
    }

    [Fact]
    public async Task Paid_work_declared_twice_for_a_week_adds_up_R_623_16()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var m = await f.SentenceAsync("m", p, 100, Monday);
        Assert.Empty(await f.PaidWork.CanDeclareAsync(p, IsoWeek.Of(Monday), WorkMinutes.FromHours(20)));
        await f.PaidWork.DeclareAsync(p, IsoWeek.Of(Monday), WorkMinutes.FromHours(20));
        await f.PaidWork.DeclareAsync(p, IsoWeek.Of(Monday.AddDays(3)), WorkMinutes.FromHours(20));
        Assert.Equal(WorkMinutes.FromHours(40), await f.PaidWork.PaidMinutesInWeekAsync(p, Monday.AddDays(6)));
        Assert.Equal(WorkMinutes.Zero, await f.PaidWork.PaidMinutesInWeekAsync(p, Monday.AddDays(7)));
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday, 7.25m, "a")));
        await f.LogAsync(m, Monday, 7, "a");
    }

    [Fact]
    public async Task Paid_work_of_a_person_the_directory_does_not_know_is_still_recorded()
    {
        using var f = new TigFixture(Monday);
        var stranger = new PersonId("not-registered");
        await f.PaidWork.DeclareAsync(stranger, IsoWeek.Of(Monday), WorkMinutes.FromHours(12));
        Assert.Equal(WorkMinutes.FromHours(12), await f.PaidWork.PaidMinutesInWeekAsync(stranger, Monday));
    }

    [Fact]
    public async Task A_cancelled_measure_answers_only_the_invalid_transition_whatever_else_is_wrong()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        await f.Tig.DecideAsync(m.Id, new TigCourtDecision(Monday.AddDays(1), TigCourtDecisionKind.Cancellation, "jap-1"));
        // Above the sentence, outside the term, above the share and above the daily and weekly caps.
        var v = await f.Tig.CanLogAsync(m.Id, Monday.AddYears(1), WorkMinutes.FromHours(60), TigEntryKind.Pedagogical, "k", "t");
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(v).Code);
    }

    [Fact]
    public async Task A_completed_measure_refuses_more_hours_as_exceeding_the_sentence_C_pen_131_8()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        var last = await f.LogAsync(m, Monday.AddDays(1), 10, "b");
        Assert.True(last.Completed);
        Assert.Equal(["TIG-HOURS-EXCEEDED"], (await f.Tig.CanLogAsync(m.Id, Monday.AddDays(2), WorkMinutes.FromHours(1), TigEntryKind.Task, "c", "t")).Select(v => v.Code));
        Assert.Equal("TIG-HOURS-EXCEEDED", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(2), 1, "c")));
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Completed, Monday.AddDays(1), 2), (m.State, m.CompletedOn!.Value, m.Entries.Count));
        var change = Assert.Single(m.History);
        Assert.Equal((TigState.Active, TigState.Completed, TigTrigger.Complete, Monday.AddDays(1)), (change.From, change.To, change.Trigger, change.On));
    }

    [Fact]
    public async Task An_entry_that_leaves_hours_does_not_complete_the_measure()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        var first = await f.LogAsync(m, Monday, 10, "a");
        Assert.Equal((RecordOutcome.Recorded, false), (first.Outcome, first.Completed));
        var again = await f.LogAsync(m, Monday, 10, "a");
        Assert.Equal((RecordOutcome.AlreadyRecorded, false, first.Entry), (again.Outcome, again.Completed, again.Entry));
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Active, (DateOnly?)null), (m.State, m.CompletedOn));
    }

    [Fact]
    public async Task An_overdue_measure_completes_with_hours_done_within_the_term_and_logged_late_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);  // deadline 2026-04-01
        var late = m.Deadline.AddDays(5);
        f.Today(late);
        await f.SweepAsync(late);
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
        Assert.True((await f.ReloadAsync(m)).IsUnfinishedAtDeadline(late));
        await f.LogAsync(m, m.Deadline.AddDays(-1), 10, "a");
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
        Assert.True((await f.LogAsync(m, m.Deadline, 10, "b")).Completed);
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Completed, m.Deadline), (m.State, m.CompletedOn!.Value));
        Assert.Equal([TigState.Overdue, TigState.Completed], m.History.Select(h => h.To));
        Assert.False(m.IsUnfinishedAtDeadline(late));
    }

    [Fact]
    public async Task The_sweep_counts_the_measures_it_marks_overdue_and_only_those_past_their_deadline_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var due = await f.SentenceAsync("due", p, 20, Monday, months: 1);                             // deadline 2026-04-01
        var onDeadline = await f.SentenceAsync("on-deadline", p, 20, Monday.AddDays(1), months: 1);   // deadline 2026-04-02
        var done = await f.SentenceAsync("done", p, 20, Monday, months: 1);
        await f.LogAsync(done, Monday, 10, "a");
        await f.LogAsync(done, Monday.AddDays(1), 10, "b");
        var today = new DateOnly(2026, 4, 2);
        Assert.Equal(["due"], (await f.Tig.ListAsync(new OverdueCandidatesSpec(today))).Select(m => m.Id.Value));
        Assert.Equal(1, await f.Tig.SweepAsync(today, CancellationToken.None));
        Assert.Equal(0, await f.Tig.SweepAsync(today, CancellationToken.None));
        Assert.Equal((TigState.Overdue, TigState.Active, TigState.Completed),
            ((await f.ReloadAsync(due)).State, (await f.ReloadAsync(onDeadline)).State, (await f.ReloadAsync(done)).State));
        Assert.Equal(1, await f.Tig.SweepAsync(today.AddDays(1), CancellationToken.None));
        Assert.Empty(await f.Tig.ListAsync(new OverdueCandidatesSpec(today.AddDays(1))));
    }

    [Fact]
    public async Task Open_measures_are_the_active_and_overdue_ones_soonest_deadline_first()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        await f.SentenceAsync("late", p, 20, Monday, months: 6);
        var overdue = await f.SentenceAsync("overdue", p, 20, Monday, months: 1);
        await f.SentenceAsync("soon", p, 20, Monday, months: 2);
        var cancelled = await f.SentenceAsync("cancelled", p, 20, Monday, months: 1);
        await f.Tig.DecideAsync(cancelled.Id, new TigCourtDecision(Monday.AddDays(2), TigCourtDecisionKind.Conversion, "jap"));
        var done = await f.SentenceAsync("done", p, 20, Monday, months: 3);
        await f.LogAsync(done, Monday, 10, "a");
        await f.LogAsync(done, Monday.AddDays(1), 10, "b");
        await f.SweepAsync(overdue.Deadline.AddDays(1));
        Assert.Equal(["overdue", "soon", "late"], (await f.Tig.ListAsync(new OpenMeasuresSpec())).Select(m => m.Id.Value));
        Assert.Equal(["late", "overdue", "soon", "cancelled", "done"], (await f.Tig.ListAsync()).Select(m => m.Id.Value));
    }

    [Fact]
    public async Task Measures_of_a_territory_may_be_selected_in_one_state()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        await f.SentenceAsync("somme-active", p, 20, Monday, territory: TigTerritory.Somme);
        var cancelled = await f.SentenceAsync("somme-cancelled", p, 20, Monday, territory: TigTerritory.Somme);
        await f.Tig.DecideAsync(cancelled.Id, new TigCourtDecision(Monday.AddDays(2), TigCourtDecisionKind.Cancellation, "jap"));
        await f.SentenceAsync("var-active", p, 20, Monday, territory: TigTerritory.Var);
        await f.SentenceAsync("nowhere", p, 20, Monday);
        Assert.Equal(["somme-active", "somme-cancelled"], (await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Somme))).Select(m => m.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["somme-cancelled"], (await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Somme, TigState.Cancelled))).Select(m => m.Id.Value));
        Assert.Equal(["var-active"], (await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Var, TigState.Active))).Select(m => m.Id.Value));
    }

    [Fact]
    public async Task The_daily_maximum_counts_each_measure_of_the_person_once_L3121_18()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var m1 = await f.SentenceAsync("m1", p, 40, Monday);
        var m2 = await f.SentenceAsync("m2", p, 40, Monday);
        await f.LogAsync(m1, Monday, 5, "a");
        await f.LogAsync(m2, Monday, 3, "a");
        Assert.Empty(await f.Tig.CanLogAsync(m1.Id, Monday, WorkMinutes.FromHours(2), TigEntryKind.Task, "b", "t"));
        await f.LogAsync(m1, Monday, 2, "b");                                     // 5 + 3 + 2 = 10
        var refused = Assert.Single(await f.Tig.CanLogAsync(m2.Id, Monday, WorkMinutes.FromHours(0.25m), TigEntryKind.Task, "b", "t"));
        Assert.Equal(("TIG-DAILY-MAX", WorkMinutes.FromHours(10.25m)), (refused.Code, refused.Values["dayTotal"]));
    }

    [Fact]
    public async Task Ledger_entries_are_numbered_in_order_corrections_included()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday);
        await f.LogAsync(m, Monday, 2, "a");
        await f.LogAsync(m, Monday.AddDays(1), 3, "b", TigEntryKind.Pedagogical);
        var fix = await f.Tig.CorrectAsync(m.Id, "b", "fix-b", "cip");
        Assert.Equal((3L, Monday.AddDays(1), TigEntryKind.Pedagogical, WorkMinutes.FromHours(-3), "b"), (fix.Entry.Sequence, fix.Entry.On, fix.Entry.Kind, fix.Entry.Minutes, fix.Entry.Reverses));
        m = await f.ReloadAsync(m);
        Assert.Equal([1L, 2L, 3L], m.Entries.Select(e => e.Sequence));
        Assert.Equal((WorkMinutes.FromHours(2), WorkMinutes.Zero, WorkMinutes.FromHours(2)), (m.Done, m.Pedagogical, m.Task));
    }

    [Fact]
    public async Task A_suspension_may_move_the_deadline_to_the_last_representable_day_and_not_past_it_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        var room = DateOnly.MaxValue.DayNumber - m.Deadline.DayNumber;                  // days the deadline can still move
        var to = DateOnly.MaxValue;
        Assert.Equal("TIG-SUSPENSION-INVALID", Assert.Single(await f.Tig.CanSuspendAsync(m.Id, to.AddDays(-room), to, TigSuspensionReason.Detention)).Code);
        Assert.Empty(await f.Tig.CanSuspendAsync(m.Id, to.AddDays(1 - room), to, TigSuspensionReason.Detention));
        await f.Tig.SuspendAsync(m.Id, to.AddDays(1 - room), to, TigSuspensionReason.Detention);
        Assert.Equal(DateOnly.MaxValue, (await f.ReloadAsync(m)).Deadline);
    }

    [Fact]
    public void The_TIG_parameters_need_a_table_to_contribute_to()
    {
        Assert.Throws<ArgumentNullException>(() => new SentencingParameters().Contribute(null!));
    }

    [Fact]
    public async Task An_incident_for_an_unknown_measure_is_not_found_and_a_repeated_key_is_recorded_once()
    {
        using var f = new TigFixture(Monday);
        var incident = new TigIncident("i1", Monday, TigIncidentKind.Refusal, "refused the task", "host");
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.CanRecordIncidentAsync(new MeasureId("nope"), incident));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.RecordIncidentAsync(new MeasureId("nope"), incident));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        Assert.Empty(await f.Tig.CanRecordIncidentAsync(m.Id, incident));
        Assert.Equal(RecordOutcome.Recorded, await f.Tig.RecordIncidentAsync(m.Id, incident));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await f.Tig.RecordIncidentAsync(m.Id, incident with { Note = "again" }));
        m = await f.ReloadAsync(m);
        Assert.Equal("refused the task", Assert.Single(m.Incidents).Note);
        Assert.True(m.HasIncident("i1"));
        Assert.False(m.HasIncident("i2"));
    }

    private static async Task<string> RefusalAsync(Func<Task> action) =>
        (await Assert.ThrowsAsync<RuleViolationException>(action)).Violation.Code;
}
