using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// TIG rules the mutation run found unpinned (issue #20): court decisions, corrections and the caps,
/// idempotent keys in the query twin and in an SOA batch, the deadline day, deadline suspensions,
/// and the young-worker caps (C. pén. 131-8, 131-22, R. 623-16; C. trav. L3121-18, L3162-1;
/// SCENARIOS.md "TIG"). The module's service calls go through the helpers at the bottom, and every
/// assertion on a measure reads it back from the store (<see cref="TigFixture.ReloadAsync"/>).
/// </summary>
public sealed class TigRuleGapTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);   // a Monday; a 12-month measure from it has its deadline on 2027-03-01
    private static readonly DateOnly Adult = new(1990, 1, 1);

    [Fact]
    public async Task A_conversion_decision_on_an_active_measure_converts_it_CPP_747_1()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday);
        await DecideAsync(f, m, TigCourtDecisionKind.Conversion, Monday.AddDays(10));
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Converted, m.State);
        Assert.Equal(TigCourtDecisionKind.Conversion, Assert.Single(m.CourtDecisions).Kind);
        Assert.Equal("TIG-INVALID-TRANSITION", await RefusalAsync(() => f.LogAsync(m, Monday, 1, "k")));
    }

    [Fact]
    public async Task A_conversion_decision_on_an_overdue_measure_converts_it_CPP_747_1()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday, months: 1);   // deadline 2026-04-01
        await SweepAsync(f, new DateOnly(2026, 4, 2));
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
        Assert.Empty(await f.Tig.CanDecideAsync(m.Id, Decision(TigCourtDecisionKind.Conversion, new DateOnly(2026, 4, 10))));
        await DecideAsync(f, m, TigCourtDecisionKind.Conversion, new DateOnly(2026, 4, 10));
        Assert.Equal(TigState.Converted, (await f.ReloadAsync(m)).State);
    }

    [Fact]
    public async Task A_cancellation_of_an_overdue_measure_cancels_it()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday, months: 1);
        await SweepAsync(f, new DateOnly(2026, 4, 2));
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
        await DecideAsync(f, m, TigCourtDecisionKind.Cancellation, new DateOnly(2026, 4, 10));
        Assert.Equal(TigState.Cancelled, (await f.ReloadAsync(m)).State);
    }

    [Theory]
    [InlineData(TigCourtDecisionKind.Cancellation)]
    [InlineData(TigCourtDecisionKind.Conversion)]
    public async Task No_decision_is_recorded_on_a_completed_measure(TigCourtDecisionKind kind)
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        await f.LogAsync(m, Monday.AddDays(1), 10, "b");
        Assert.Equal(TigState.Completed, (await f.ReloadAsync(m)).State);
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(await f.Tig.CanDecideAsync(m.Id, Decision(kind, Monday.AddDays(5)))).Code);
        Assert.Equal("TIG-INVALID-TRANSITION", await RefusalAsync(() => DecideAsync(f, m, kind, Monday.AddDays(5))));
        m = await f.ReloadAsync(m);
        Assert.Empty(m.CourtDecisions);
        Assert.Equal(TigState.Completed, m.State);
    }

    [Fact]
    public async Task Corrected_hours_no_longer_count_towards_the_daily_maximum_L3121_18()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(m, Monday, 1, "b")));
        await CorrectAsync(f, m, "a", "fix-a");
        await f.LogAsync(m, Monday, 10, "c");
        Assert.Equal(WorkMinutes.FromHours(10), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task Corrected_hours_no_longer_count_towards_the_weekly_cumul_R_623_16()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 100, Monday);
        for (var d = 0; d < 4; d++)
        {
            await f.LogAsync(m, Monday.AddDays(d), 10, $"d{d}");
        }
        await f.LogAsync(m, Monday.AddDays(4), 7, "d4");                      // 47 h in the week
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(5), 1, "d5")));
        await CorrectAsync(f, m, "d0", "fix-d0");                            // 37 h
        await f.LogAsync(m, Monday.AddDays(5), 10, "d5");                     // 47 h again
        Assert.Equal(WorkMinutes.FromHours(47), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task Corrected_hours_give_the_sentenced_hours_back_C_pen_131_8()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        await f.LogAsync(m, Monday.AddDays(1), 10, "b");
        await CorrectAsync(f, m, "b", "fix-b");
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Active, WorkMinutes.FromHours(10)), (m.State, m.Remaining));
        Assert.Null(m.CompletedOn);
        await f.LogAsync(m, Monday.AddDays(2), 10, "c");
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Completed, Monday.AddDays(2)), (m.State, m.CompletedOn!.Value));
    }

    [Fact]
    public async Task A_correction_of_an_active_measure_keeps_it_active()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 5, "a");
        await CorrectAsync(f, m, "a", "fix-a");
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Active, m.State);
        Assert.Empty(m.History);
    }

    [Fact]
    public async Task The_query_twin_accepts_a_key_already_logged_whatever_the_hours_SCENARIOS_logTig()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "k");
        // The same key again is accepted once and ignored after: no error, whatever it says now.
        Assert.Empty(await f.Tig.CanLogAsync(m.Id, Monday, WorkMinutes.FromHours(15), TigEntryKind.Task, "k", "test"));
        Assert.Equal("TIG-DAILY-MAX", Assert.Single(await f.Tig.CanLogAsync(m.Id, Monday, WorkMinutes.FromHours(1), TigEntryKind.Task, "other", "test")).Code);
    }

    [Fact]
    public async Task The_query_twin_of_a_correction_accepts_a_correction_key_already_used()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "k");
        await CorrectAsync(f, m, "k", "fix");
        Assert.Empty(await f.Tig.CanCorrectAsync(m.Id, "k", "fix", "cip"));
        Assert.Equal("TIG-CORRECTION-INVALID", Assert.Single(await f.Tig.CanCorrectAsync(m.Id, "k", "fix-again", "cip")).Code);
        Assert.Equal("TIG-CORRECTION-INVALID", Assert.Single(await f.Tig.CanCorrectAsync(m.Id, "fix", "fix-of-fix", "cip")).Code);
    }

    [Fact]
    public async Task An_soa_attendance_sent_again_changes_nothing_even_at_the_share_cap()
    {
        using var f = new TigFixture(Monday);
        // The test programme caps pedagogical hours at 40 %: 8 h of a 20-h measure.
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(8));
        Assert.Equal(RecordOutcome.Recorded, (await f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip")).Outcome);
        Assert.Equal(WorkMinutes.FromHours(8), (await f.ReloadAsync(m)).Pedagogical);
        Assert.Empty(await f.Soa.CanRecordAttendanceAsync("s1", [m.Id], [], "cip"));
        Assert.Equal(RecordOutcome.AlreadyRecorded, (await f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip")).Outcome);
        m = await f.ReloadAsync(m);
        Assert.Equal(WorkMinutes.FromHours(8), m.Pedagogical);
        Assert.Single(m.Entries);
        Assert.Equal([m.Id], (await f.Soa.FindAsync("s1"))!.Attended);
    }

    [Fact]
    public async Task A_measure_is_unfinished_at_its_deadline_only_from_the_day_after_it_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        Assert.Equal(new DateOnly(2026, 4, 1), m.Deadline);
        Assert.False(m.IsUnfinishedAtDeadline(m.Deadline));
        Assert.True(m.IsUnfinishedAtDeadline(m.Deadline.AddDays(1)));
        await f.LogAsync(m, m.Deadline, 10, "a");
        await f.LogAsync(m, m.Deadline.AddDays(-1), 10, "b");
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Completed, m.State);
        Assert.False(m.IsUnfinishedAtDeadline(m.Deadline.AddDays(1)));
    }

    [Fact]
    public async Task A_cancelled_measure_is_not_reported_unfinished_at_its_deadline()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        await DecideAsync(f, m, TigCourtDecisionKind.Cancellation, Monday.AddDays(3));
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Cancelled, m.State);
        Assert.False(m.IsUnfinishedAtDeadline(m.Deadline.AddDays(1)));
    }

    [Fact]
    public async Task Hours_on_the_deadline_day_are_inside_the_term_and_the_day_after_is_not_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        Assert.Equal("TIG-OUTSIDE-TERM", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(-1), 1, "before")));
        Assert.Equal("TIG-OUTSIDE-TERM", await RefusalAsync(() => f.LogAsync(m, m.Deadline.AddDays(1), 1, "after")));
        await f.LogAsync(m, Monday, 1, "first");
        await f.LogAsync(m, m.Deadline, 1, "last");
        Assert.Equal(WorkMinutes.FromHours(2), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task A_deadline_suspension_ending_before_it_starts_is_refused_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        var deadline = m.Deadline;
        Assert.Equal("TIG-SUSPENSION-INVALID", Assert.Single(await f.Tig.CanSuspendAsync(m.Id, Monday.AddDays(5), Monday.AddDays(4), TigSuspensionReason.Medical)).Code);
        Assert.Equal("TIG-SUSPENSION-INVALID", await RefusalAsync(() => f.Tig.SuspendAsync(m.Id, Monday.AddDays(5), Monday.AddDays(4), TigSuspensionReason.Medical)));
        Assert.Equal(deadline, (await f.ReloadAsync(m)).Deadline);
        await f.Tig.SuspendAsync(m.Id, Monday.AddDays(5), Monday.AddDays(5), TigSuspensionReason.Medical);   // one day moves it one day
        Assert.Equal(deadline.AddDays(1), (await f.ReloadAsync(m)).Deadline);
    }

    [Fact]
    public async Task Deadline_suspensions_of_one_measure_may_not_share_a_day_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.Tig.SuspendAsync(m.Id, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 10), TigSuspensionReason.Detention);
        var deadline = (await f.ReloadAsync(m)).Deadline;
        Assert.Equal(new DateOnly(2027, 3, 1).AddDays(10), deadline);
        Assert.Equal("TIG-SUSPENSION-INVALID", await RefusalAsync(() => f.Tig.SuspendAsync(m.Id, new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 12), TigSuspensionReason.Family)));
        Assert.Equal("TIG-SUSPENSION-INVALID", await RefusalAsync(() => f.Tig.SuspendAsync(m.Id, new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 1), TigSuspensionReason.Family)));
        Assert.Equal(deadline, (await f.ReloadAsync(m)).Deadline);
        await f.Tig.SuspendAsync(m.Id, new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 12), TigSuspensionReason.Family);  // adjacent is fine
        Assert.Equal(deadline.AddDays(2), (await f.ReloadAsync(m)).Deadline);
    }

    [Fact]
    public async Task A_completed_measure_has_no_deadline_to_suspend_TIG_INVALID_TRANSITION()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        await f.LogAsync(m, Monday.AddDays(1), 10, "b");
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(await f.Tig.CanSuspendAsync(m.Id, Monday, Monday.AddDays(3), TigSuspensionReason.Medical)).Code);
        Assert.Equal("TIG-INVALID-TRANSITION", await RefusalAsync(() => f.Tig.SuspendAsync(m.Id, Monday, Monday.AddDays(3), TigSuspensionReason.Medical)));
        Assert.Empty((await f.ReloadAsync(m)).Suspensions);
    }

    [Fact]
    public async Task A_minor_works_at_most_35_hours_a_week_TIG_included_L3162_1()
    {
        using var f = new TigFixture(Monday);
        var minor = await f.PersonAsync("y", new DateOnly(2009, 6, 1));   // 17 all of March 2026
        var m = await f.SentenceAsync("m", minor, 100, Monday);
        for (var d = 0; d < 4; d++)
        {
            await f.LogAsync(m, Monday.AddDays(d), 8, $"d{d}");            // 32 h
        }
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(4), 3.25m, "d4")));
        await f.LogAsync(m, Monday.AddDays(4), 3, "d4");                    // 35 h
        Assert.Equal("TIG-WEEKLY-CUMUL", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(5), 0.25m, "d5")));
        Assert.Equal(WorkMinutes.FromHours(35), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task The_young_worker_caps_stop_on_the_18th_birthday_L3162_1()
    {
        using var f = new TigFixture(Monday);
        var person = await f.PersonAsync("y", new DateOnly(2008, 3, 4));   // 18 from Wednesday 2026-03-04
        var m = await f.SentenceAsync("m", person, 100, Monday);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(m, Monday.AddDays(1), 8.25m, "tue")));  // 17 on Tuesday: 8 h a day
        await f.LogAsync(m, Monday.AddDays(1), 8, "tue");
        await f.LogAsync(m, Monday.AddDays(2), 10, "wed");                  // 18 on Wednesday: 10 h a day
        await f.LogAsync(m, Monday.AddDays(3), 10, "thu");
        await f.LogAsync(m, Monday.AddDays(4), 10, "fri");                  // 38 h in the week: above 35, within 47
        Assert.Equal(WorkMinutes.FromHours(38), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task An_adult_works_at_most_10_hours_of_TIG_a_day_and_47_hours_a_week_R_623_16()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 100, Monday);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(m, Monday, 10.25m, "mon")));
        await f.LogAsync(m, Monday, 10, "mon");
        Assert.Equal(WorkMinutes.FromHours(10), (await f.ReloadAsync(m)).Done);
    }

    private static async Task<string> RefusalAsync(Func<Task> action) =>
        (await Assert.ThrowsAsync<RuleViolationException>(action)).Violation.Code;

    private static TigCourtDecision Decision(TigCourtDecisionKind kind, DateOnly on) =>
        new(on, kind, $"jap-{kind}-{on:yyyyMMdd}");

    private static Task DecideAsync(TigFixture f, TigMeasure m, TigCourtDecisionKind kind, DateOnly on) =>
        f.Tig.DecideAsync(m.Id, Decision(kind, on));

    private static Task<TigLogResult> CorrectAsync(TigFixture f, TigMeasure m, string original, string key) =>
        f.Tig.CorrectAsync(m.Id, original, key, "cip");

    private static async Task SweepAsync(TigFixture f, DateOnly today)
    {
        f.Today(today);
        await f.SweepAsync(today);
    }
}
