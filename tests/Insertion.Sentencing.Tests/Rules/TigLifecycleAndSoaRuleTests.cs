using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// Second pass of the mutation run on Sentencing (issue #20): the lifecycle's guards on their
/// boundary days (C. pén. 131-22: Overdue only after the deadline), the suspensions the law itself
/// decides, SOA attendance recorded once, the measures whose deadline is near, and the results a
/// correction answers with.
/// </summary>
public sealed class TigLifecycleAndSoaRuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Adult = new(1990, 1, 1);

    [Fact]
    public async Task A_measure_may_be_marked_overdue_only_after_its_deadline_with_hours_left_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);   // deadline 2026-04-01
        Assert.Equal(new DateOnly(2026, 4, 1), m.Deadline);
        Assert.False(TigLifecycle.CanFire(m, TigTrigger.MarkOverdue, m.Deadline));
        Assert.True(TigLifecycle.CanFire(m, TigTrigger.MarkOverdue, m.Deadline.AddDays(1)));
        Assert.DoesNotContain(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, m.Deadline));
        Assert.Contains(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, m.Deadline.AddDays(1)));
    }

    [Fact]
    public async Task A_completed_measure_reopens_only_when_a_correction_took_hours_back()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        await f.LogAsync(m, Monday.AddDays(1), 10, "b");
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Completed, m.State);
        Assert.False(TigLifecycle.CanFire(m, TigTrigger.Reopen, Monday.AddDays(2)));
        Assert.NotEmpty(TigLifecycle.WhyNot(m, TigTrigger.Reopen, Monday.AddDays(2)));
    }

    [Fact]
    public async Task Why_not_names_the_state_when_it_has_no_such_transition()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.Tig.DecideAsync(m.Id, new TigCourtDecision(Monday.AddDays(1), TigCourtDecisionKind.Cancellation, "jap-1"));
        m = await f.ReloadAsync(m);
        var why = Assert.Single(TigLifecycle.WhyNot(m, TigTrigger.LogHours, Monday.AddDays(2)));
        Assert.Contains(nameof(TigState.Cancelled), why.Message, StringComparison.Ordinal);
        Assert.Empty(TigLifecycle.PermittedTriggers(m, Monday.AddDays(2)));
    }

    [Fact]
    public void The_lifecycle_queries_refuse_a_missing_measure()
    {
        Assert.Throws<ArgumentNullException>(() => TigLifecycle.PermittedTriggers(null!, Monday));
        Assert.Throws<ArgumentNullException>(() => TigLifecycle.WhyNot(null!, TigTrigger.LogHours, Monday));
        Assert.Throws<ArgumentNullException>(() => TigLifecycle.CanFire(null!, TigTrigger.LogHours, Monday));
    }

    [Theory]
    [InlineData(TigSuspensionReason.Detention, true)]
    [InlineData(TigSuspensionReason.HomeDetention, true)]
    [InlineData(TigSuspensionReason.NationalService, true)]
    [InlineData(TigSuspensionReason.Medical, false)]
    [InlineData(TigSuspensionReason.Family, false)]
    [InlineData(TigSuspensionReason.Professional, false)]
    [InlineData(TigSuspensionReason.Social, false)]
    public void Detention_home_detention_and_national_service_suspend_the_time_limit_by_law_C_pen_131_22(TigSuspensionReason reason, bool byLaw) =>
        Assert.Equal(byLaw, new TigSuspension(Monday, Monday.AddDays(9), reason).ByLaw);

    [Fact]
    public async Task An_absence_sent_twice_is_listed_once()
    {
        using var f = new TigFixture(Monday);
        var m1 = await f.SentenceAsync("m1", await f.PersonAsync("p1", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", await f.PersonAsync("p2", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        await f.Soa.RecordAttendanceAsync("s1", [m1.Id], [m2.Id], "cip");
        await f.Soa.RecordAttendanceAsync("s1", [m1.Id], [m2.Id], "cip");
        var attendance = (await f.Soa.FindAsync("s1"))!;
        Assert.Equal([m1.Id], attendance.Attended);
        Assert.Equal([m2.Id], attendance.Absent);
        Assert.Single((await f.ReloadAsync(m2)).Incidents);
    }

    [Fact]
    public async Task An_soa_session_is_planned_once_in_a_known_programme()
    {
        using var f = new TigFixture(Monday);
        await Assert.ThrowsAsync<NotFoundException>(() => f.Soa.PlanAsync("s0", "no-such-programme", SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3)));
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3)));
        await Assert.ThrowsAsync<NotFoundException>(() => f.Soa.RecordAttendanceAsync("s2", [], [], "cip"));
        Assert.Null(await f.Soa.FindAsync("s0"));
        Assert.Null(await f.Soa.FindAsync("s2"));
    }

    [Fact]
    public async Task A_person_attends_a_session_once_and_is_not_both_present_and_absent()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var m1 = await f.SentenceAsync("m1", p, 40, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", p, 40, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.RecordAttendanceAsync("s1", [m1.Id, m2.Id], [], "cip"));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.RecordAttendanceAsync("s1", [m1.Id], [m1.Id], "cip"));
        Assert.Equal(WorkMinutes.Zero, (await f.ReloadAsync(m1)).Pedagogical);
        Assert.Equal(WorkMinutes.Zero, (await f.ReloadAsync(m2)).Pedagogical);
        Assert.Empty((await f.ReloadAsync(m1)).Incidents);
        Assert.Empty((await f.Soa.FindAsync("s1"))!.Attended);
    }

    [Fact]
    public async Task A_measure_with_its_own_territory_keeps_it_when_it_follows_a_programme()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday, territory: TigTerritory.Var);
        await f.Tig.FollowProgrammeAsync(m.Id, SoaTestSite.ProgrammeId);
        m = await f.ReloadAsync(m);
        Assert.Equal((TigTerritory.Var, SoaTestSite.ProgrammeId), (m.Territory!.Value, m.SoaProgramme));
        var other = await f.SentenceAsync("o", await f.PersonAsync("q", Adult), 40, Monday);
        await f.Tig.FollowProgrammeAsync(other.Id, SoaTestSite.ProgrammeId);
        Assert.Equal(TigTerritory.Somme, (await f.ReloadAsync(other)).Territory);
        await Assert.ThrowsAsync<NotFoundException>(() => f.Tig.FollowProgrammeAsync(other.Id, "no-such-programme"));
    }

    [Fact]
    public async Task A_measure_is_sentenced_once_under_its_id()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        await f.SentenceAsync("m", p, 40, Monday);
        await Assert.ThrowsAsync<ArgumentException>(() => f.SentenceAsync("m", p, 40, Monday));
        Assert.Single(await f.Tig.OfPersonAsync(p));
    }

    [Fact]
    public async Task A_correction_answers_recorded_once_and_already_recorded_after_never_completed()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(m, Monday, 10, "a");
        var first = await f.Tig.CorrectAsync(m.Id, "a", "fix-a", "cip");
        Assert.Equal((RecordOutcome.Recorded, false), (first.Outcome, first.Completed));
        var again = await f.Tig.CorrectAsync(m.Id, "a", "fix-a", "cip");
        Assert.Equal((RecordOutcome.AlreadyRecorded, false), (again.Outcome, again.Completed));
        Assert.Equal(first.Entry, again.Entry);
    }

    [Fact]
    public async Task The_measures_whose_deadline_is_near_are_the_open_ones_with_hours_left_and_a_deadline_from_today_to_today_plus_the_days()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        var today = new DateOnly(2026, 4, 1);
        await f.SentenceAsync("today", p, 20, Monday, months: 1);                                      // deadline 2026-04-01
        await f.SentenceAsync("last", p, 20, new DateOnly(2026, 3, 11), months: 1);                     // deadline 2026-04-10
        await f.SentenceAsync("after", p, 20, new DateOnly(2026, 3, 12), months: 1);                    // deadline 2026-04-11
        await f.SentenceAsync("before", p, 20, new DateOnly(2026, 3, 1), months: 1);                    // deadline 2026-03-31
        var done = await f.SentenceAsync("done", p, 20, new DateOnly(2026, 3, 5), months: 1);           // deadline 2026-04-04
        await f.LogAsync(done, new DateOnly(2026, 3, 5), 10, "a");
        await f.LogAsync(done, new DateOnly(2026, 3, 6), 10, "b");
        var cancelled = await f.SentenceAsync("cancelled", p, 20, new DateOnly(2026, 3, 6), months: 1); // deadline 2026-04-05
        await f.Tig.DecideAsync(cancelled.Id, new TigCourtDecision(new DateOnly(2026, 3, 20), TigCourtDecisionKind.Cancellation, "jap"));
        await f.SentenceAsync("mid", p, 20, new DateOnly(2026, 3, 7), months: 1);                       // deadline 2026-04-06
        Assert.Equal(["today", "mid", "last"], (await f.Tig.ListAsync(new DeadlineWithinSpec(today, 9))).Select(m => m.Id.Value));
        Assert.Equal(["today"], (await f.Tig.ListAsync(new DeadlineWithinSpec(today, 0))).Select(m => m.Id.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineWithinSpec(today, -1));
    }
}
