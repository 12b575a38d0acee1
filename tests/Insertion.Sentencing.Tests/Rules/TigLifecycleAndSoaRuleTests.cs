using Ardalis.Specification;
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
    public void A_measure_may_be_marked_overdue_only_after_its_deadline_with_hours_left_C_pen_131_22()
    {
        using var f = new TigFixture(Monday);
        var m = f.Sentence("m", f.Person("p", Adult), 20, Monday, months: 1);   // deadline 2026-04-01
        Assert.False(TigLifecycle.CanFire(m, TigTrigger.MarkOverdue, m.Deadline));
        Assert.True(TigLifecycle.CanFire(m, TigTrigger.MarkOverdue, m.Deadline.AddDays(1)));
        Assert.DoesNotContain(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, m.Deadline));
        Assert.Contains(TigTrigger.MarkOverdue, TigLifecycle.PermittedTriggers(m, m.Deadline.AddDays(1)));
    }

    [Fact]
    public void A_completed_measure_reopens_only_when_a_correction_took_hours_back()
    {
        using var f = new TigFixture(Monday);
        var m = f.Sentence("m", f.Person("p", Adult), 20, Monday);
        f.Log(m, Monday, 10, "a");
        f.Log(m, Monday.AddDays(1), 10, "b");
        Assert.Equal(TigState.Completed, m.State);
        Assert.False(TigLifecycle.CanFire(m, TigTrigger.Reopen, Monday.AddDays(2)));
        Assert.NotEmpty(TigLifecycle.WhyNot(m, TigTrigger.Reopen, Monday.AddDays(2)));
    }

    [Fact]
    public void Why_not_names_the_state_when_it_has_no_such_transition()
    {
        using var f = new TigFixture(Monday);
        var m = f.Sentence("m", f.Person("p", Adult), 20, Monday);
        f.Tig.Decide(m.Id, new TigCourtDecision(Monday.AddDays(1), TigCourtDecisionKind.Cancellation, "jap-1"));
        var why = Assert.Single(TigLifecycle.WhyNot(m, TigTrigger.LogHours, Monday.AddDays(2)));
        Assert.Contains(nameof(TigState.Cancelled), why, StringComparison.Ordinal);
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
    public void An_absence_sent_twice_is_listed_once()
    {
        using var f = new TigFixture(Monday);
        var m1 = f.Sentence("m1", f.Person("p1", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = f.Sentence("m2", f.Person("p2", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId);
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        f.Soa.RecordAttendance("s1", [m1.Id], [m2.Id], "cip");
        f.Soa.RecordAttendance("s1", [m1.Id], [m2.Id], "cip");
        var attendance = f.Soa.Find("s1")!;
        Assert.Equal([m1.Id], attendance.Attended);
        Assert.Equal([m2.Id], attendance.Absent);
        Assert.Single(m2.Incidents);
    }

    [Fact]
    public void An_soa_session_is_planned_once_in_a_known_programme()
    {
        using var f = new TigFixture(Monday);
        Assert.Throws<ArgumentException>(() => f.Soa.Plan("s0", "no-such-programme", SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3)));
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3));
        Assert.Throws<ArgumentException>(() => f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3)));
        Assert.Throws<ArgumentException>(() => f.Soa.RecordAttendance("s2", [], [], "cip"));
        Assert.Null(f.Soa.Find("s2"));
    }

    [Fact]
    public void A_person_attends_a_session_once_and_is_not_both_present_and_absent()
    {
        using var f = new TigFixture(Monday);
        var p = f.Person("p", Adult);
        var m1 = f.Sentence("m1", p, 40, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = f.Sentence("m2", p, 40, Monday, programme: SoaTestSite.ProgrammeId);
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        Assert.Throws<ArgumentException>(() => f.Soa.RecordAttendance("s1", [m1.Id, m2.Id], [], "cip"));
        Assert.Throws<ArgumentException>(() => f.Soa.RecordAttendance("s1", [m1.Id], [m1.Id], "cip"));
        Assert.Equal(WorkMinutes.Zero, m1.Pedagogical);
        Assert.Empty(f.Soa.Find("s1")!.Attended);
    }

    [Fact]
    public void A_measure_with_its_own_territory_keeps_it_when_it_follows_a_programme()
    {
        using var f = new TigFixture(Monday);
        var m = f.Sentence("m", f.Person("p", Adult), 40, Monday, territory: TigTerritory.Var);
        f.Tig.FollowProgramme(m.Id, SoaTestSite.ProgrammeId);
        Assert.Equal((TigTerritory.Var, SoaTestSite.ProgrammeId), (m.Territory!.Value, m.SoaProgramme));
        var other = f.Sentence("o", f.Person("q", Adult), 40, Monday);
        f.Tig.FollowProgramme(other.Id, SoaTestSite.ProgrammeId);
        Assert.Equal(TigTerritory.Somme, other.Territory);
        Assert.Throws<ArgumentException>(() => f.Tig.FollowProgramme(other.Id, "no-such-programme"));
    }

    [Fact]
    public void A_measure_is_sentenced_once_under_its_id()
    {
        using var f = new TigFixture(Monday);
        var p = f.Person("p", Adult);
        f.Sentence("m", p, 40, Monday);
        Assert.Throws<ArgumentException>(() => f.Sentence("m", p, 40, Monday));
    }

    [Fact]
    public void A_correction_answers_recorded_once_and_duplicate_after_never_completed()
    {
        using var f = new TigFixture(Monday);
        var m = f.Sentence("m", f.Person("p", Adult), 20, Monday);
        f.Log(m, Monday, 10, "a");
        var first = f.Tig.Correct(m.Id, "a", "fix-a", "cip");
        Assert.Equal((false, false), (first.Duplicate, first.Completed));
        var again = f.Tig.Correct(m.Id, "a", "fix-a", "cip");
        Assert.Equal((true, false), (again.Duplicate, again.Completed));
        Assert.Equal(first.Entry, again.Entry);
    }

    [Fact]
    public void The_measures_whose_deadline_is_near_are_the_open_ones_with_hours_left_and_a_deadline_from_today_to_today_plus_the_days()
    {
        using var f = new TigFixture(Monday);
        var p = f.Person("p", Adult);
        var today = new DateOnly(2026, 4, 1);
        var onToday = f.Sentence("today", p, 20, Monday, months: 1);                                         // deadline 2026-04-01
        var onLast = f.Sentence("last", p, 20, new DateOnly(2026, 3, 11), months: 1);                        // deadline 2026-04-10
        var after = f.Sentence("after", p, 20, new DateOnly(2026, 3, 12), months: 1);                        // deadline 2026-04-11
        var before = f.Sentence("before", p, 20, new DateOnly(2026, 3, 1), months: 1);                       // deadline 2026-03-31
        var done = f.Sentence("done", p, 20, new DateOnly(2026, 3, 5), months: 1);                           // deadline 2026-04-04
        f.Log(done, new DateOnly(2026, 3, 5), 10, "a");
        f.Log(done, new DateOnly(2026, 3, 6), 10, "b");
        var cancelled = f.Sentence("cancelled", p, 20, new DateOnly(2026, 3, 6), months: 1);                 // deadline 2026-04-05
        f.Tig.Decide(cancelled.Id, new TigCourtDecision(new DateOnly(2026, 3, 20), TigCourtDecisionKind.Cancellation, "jap"));
        var mid = f.Sentence("mid", p, 20, new DateOnly(2026, 3, 7), months: 1);                     // deadline 2026-04-06
        TigMeasure[] all = [onToday, onLast, after, before, done, cancelled, mid];
        Assert.Equal(["today", "mid", "last"], new DeadlineWithinSpecification(today, 9).Evaluate(all).Select(m => m.Id.Value));
        Assert.Equal(["today"], new DeadlineWithinSpecification(today, 0).Evaluate(all).Select(m => m.Id.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineWithinSpecification(today, -1));
    }
}
