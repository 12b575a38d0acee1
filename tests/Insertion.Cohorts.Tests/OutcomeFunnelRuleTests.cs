using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// The outcome funnel's definitions (SCENARIOS.md, <c>expect: { cohort, … }</c>; DOMAIN.md §1) on their
/// edges: events of unknown cohorts or people are ignored, each person counts once, sex X is neither women
/// nor men, certification blocks, the six-month employment window, rates and sums per site and year.
/// </summary>
public sealed class OutcomeFunnelRuleTests
{
    private static readonly CohortId K = new("k");
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly End = LegalDates.MonthsEnd(Start, 8);

    private static CohortOpened Opened(CohortId? id = null, string site = "s", DateOnly? start = null, IReadOnlyList<string>? blocks = null)
    {
        var s = start ?? Start;
        return new(id ?? K, new ProgrammeId("p"), site, s, LegalDates.MonthsEnd(s, 8), blocks ?? []);
    }

    private static PersonEnrolled Enrol(string p, Sex sex = Sex.M, bool justice = false, CohortId? cohort = null, DateOnly? on = null) =>
        new(cohort ?? K, new PersonId(p), on ?? Start, sex, AgeBand.From26To49, justice);

    private static FunnelCounts Counts(params CohortEvent[] events) => Assert.Single(OutcomeFunnel.PerCohort(events)).Counts;

    [Fact]
    public void Events_of_an_unknown_cohort_or_person_are_ignored()
    {
        var other = new CohortId("other");
        var c = Counts(
            Opened(), Enrol("a"),
            Enrol("x", cohort: other),
            new PersonWithdrawn(other, new PersonId("a"), Start.AddDays(3), "x"),
            new PersonWithdrawn(K, new PersonId("ghost"), Start.AddDays(3), "x"),
            new ExamRecorded(K, new PersonId("ghost"), End, ExamResult.Passed, null),
            new ExamRecorded(other, new PersonId("a"), End, ExamResult.Passed, null));
        Assert.Equal((1, 1, 0, 0), (c.Enrolled, c.Followed, c.SatExam, c.Passed));
    }

    [Fact]
    public void A_cohort_opened_twice_and_a_person_enrolled_twice_count_once()
    {
        var funnels = OutcomeFunnel.PerCohort([Opened(), Opened(site: "elsewhere"), Enrol("a", Sex.F), Enrol("a", Sex.M)]);
        var f = Assert.Single(funnels);
        Assert.Equal("s", f.SiteId);
        Assert.Equal((1, 1, 0), (f.Counts.Enrolled, f.Counts.Women, f.Counts.Men));
    }

    [Fact]
    public void Funnels_come_in_opening_order()
    {
        var funnels = OutcomeFunnel.PerCohort([Opened(new CohortId("z")), Opened(new CohortId("a")), Enrol("p", cohort: new CohortId("a"))]);
        Assert.Equal(["z", "a"], funnels.Select(f => f.Cohort.Value));
        Assert.Equal([0, 1], funnels.Select(f => f.Counts.Enrolled));
    }

    [Fact]
    public void Sex_X_counts_in_other_and_under_justice_counts_people()
    {
        var c = Counts(Opened(), Enrol("a", Sex.X, justice: true), Enrol("b", Sex.F), Enrol("c", Sex.M, justice: true), Enrol("d", Sex.M));
        Assert.Equal((4, 1, 2, 1, 2), (c.Enrolled, c.Women, c.Men, c.Other, c.UnderJustice));
    }

    [Fact]
    public void Sat_the_exam_means_a_passed_or_failed_result_absent_is_not_sitting()
    {
        var c = Counts(Opened(), Enrol("a"), Enrol("b"), Enrol("c"),
            new ExamRecorded(K, new PersonId("a"), End, ExamResult.Absent, null),
            new ExamRecorded(K, new PersonId("b"), End, ExamResult.Failed, null),
            new ExamRecorded(K, new PersonId("c"), End, ExamResult.Passed, null));
        Assert.Equal((2, 1), (c.SatExam, c.Passed));
    }

    [Fact]
    public void With_blocks_a_whole_exam_pass_is_a_pass_and_block_ids_match_without_case()
    {
        var blocks = new[] { "ccp1", "ccp2" };
        var c = Counts(Opened(blocks: blocks), Enrol("whole"), Enrol("blocks"), Enrol("half"),
            new ExamRecorded(K, new PersonId("whole"), End, ExamResult.Passed, null),
            new ExamRecorded(K, new PersonId("blocks"), End, ExamResult.Passed, "CCP1"),
            new ExamRecorded(K, new PersonId("blocks"), End, ExamResult.Passed, "Ccp2"),
            new ExamRecorded(K, new PersonId("half"), End, ExamResult.Passed, "ccp1"),
            new ExamRecorded(K, new PersonId("half"), End, ExamResult.Absent, "ccp2"));
        Assert.Equal((3, 2), (c.SatExam, c.Passed));
    }

    [Fact]
    public void Without_blocks_only_a_passed_whole_exam_is_a_pass()
    {
        var c = Counts(Opened(), Enrol("a"), new ExamRecorded(K, new PersonId("a"), End, ExamResult.Failed, null));
        Assert.Equal((1, 0), (c.SatExam, c.Passed));
        var blockPass = Counts(Opened(), Enrol("a"), new ExamRecorded(K, new PersonId("a"), End, ExamResult.Passed, "ccp1"));
        Assert.Equal(0, blockPass.Passed);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Employed_within_six_months_ends_on_the_day_six_months_after_the_end(int daysAfterWindow, int counted)
    {
        var window = OutcomeFunnel.EmploymentDeadline(End, 6);
        Assert.Equal(new DateOnly(2027, 3, 4), window);
        var c = Counts(Opened(), Enrol("a"), new OutcomeRecorded(new PersonId("a"), window.AddDays(daysAfterWindow), OutcomeKind.FixedTermJob6Months));
        Assert.Equal((counted, 0), (c.EmployedWithin6Months, c.EmployedWithin1Month));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 0)]
    public void Employment_counts_from_the_enrolment_day(int daysAfterEnrolment, int counted)
    {
        var enrolled = Start.AddDays(10);
        var c = Counts(Opened(), Enrol("a", on: enrolled), new OutcomeRecorded(new PersonId("a"), enrolled.AddDays(daysAfterEnrolment), OutcomeKind.ShortJob));
        Assert.Equal((counted, counted), (c.EmployedWithin1Month, c.EmployedWithin6Months));
    }

    [Fact]
    public void The_earliest_employment_decides_and_a_person_counts_once()
    {
        var a = new PersonId("a");
        var c = Counts(Opened(), Enrol("a"), Enrol("b"),
            new OutcomeRecorded(a, End.AddDays(200), OutcomeKind.PermanentJob),
            new OutcomeRecorded(a, End.AddDays(3), OutcomeKind.Training),
            new OutcomeRecorded(a, End.AddDays(40), OutcomeKind.ShortJob),
            new OutcomeRecorded(a, End.AddDays(10), OutcomeKind.None));
        Assert.Equal((0, 1), (c.EmployedWithin1Month, c.EmployedWithin6Months));
        var d = Counts(Opened(), Enrol("a"),
            new OutcomeRecorded(a, End.AddDays(5), OutcomeKind.PermanentJob),
            new OutcomeRecorded(a, End.AddDays(6), OutcomeKind.ShortJob));
        Assert.Equal((1, 1), (d.EmployedWithin1Month, d.EmployedWithin6Months));
    }

    [Fact]
    public void Per_site_and_year_sums_the_cohorts_that_started_in_the_year_ordered_by_site_then_year()
    {
        var k1 = new CohortId("k1");
        var k2 = new CohortId("k2");
        var k3 = new CohortId("k3");
        var k4 = new CohortId("k4");
        var events = new List<CohortEvent>
        {
            Opened(k4, "b-site", new DateOnly(2026, 3, 1)),
            Opened(k3, "a-site", new DateOnly(2027, 1, 4)),
            Opened(k1, "a-site", new DateOnly(2026, 1, 5)),
            Opened(k2, "a-site", new DateOnly(2026, 12, 31)),
            Enrol("p1", Sex.F, true, k1), Enrol("p2", Sex.M, false, k1), Enrol("p3", Sex.X, true, k2), Enrol("p4", Sex.M, false, k3), Enrol("p5", Sex.F, false, k4),
            new PersonWithdrawn(k1, new PersonId("p2"), new DateOnly(2026, 2, 1), "x"),
            new ExamRecorded(k1, new PersonId("p1"), new DateOnly(2026, 8, 1), ExamResult.Passed, null),
            new ExamRecorded(k2, new PersonId("p3"), new DateOnly(2027, 8, 1), ExamResult.Failed, null),
            new OutcomeRecorded(new PersonId("p1"), new DateOnly(2026, 9, 10), OutcomeKind.PermanentJob),
            new OutcomeRecorded(new PersonId("p3"), new DateOnly(2027, 10, 1), OutcomeKind.ShortJob),
        };
        var sy = OutcomeFunnel.PerSiteAndYear(events);
        Assert.Equal([("a-site", 2026, 2), ("a-site", 2027, 1), ("b-site", 2026, 1)], sy.Select(x => (x.SiteId, x.Year, x.Cohorts)));
        var c = sy[0].Counts;
        Assert.Equal(new FunnelCounts
        {
            Enrolled = 3, Women = 1, Men = 1, Other = 1, UnderJustice = 2, Followed = 2, SatExam = 2, Passed = 1,
            EmployedWithin1Month = 1, EmployedWithin6Months = 2,
        }, c);
        Assert.Equal((1, 0, 1), (sy[1].Counts.Enrolled, sy[1].Counts.Women, sy[1].Counts.Men));
        Assert.Equal((1, 1), (sy[2].Counts.Enrolled, sy[2].Counts.Women));
    }

    [Fact]
    public void Rates_are_shares_of_their_denominator_and_null_over_zero()
    {
        var f = new FunnelCounts { Enrolled = 8, Followed = 6, SatExam = 4, Passed = 3, EmployedWithin1Month = 2, EmployedWithin6Months = 5 };
        Assert.Equal((6m / 8m, 4m / 6m, 3m / 4m, 2m / 8m, 5m / 8m), (f.FollowedRate, f.SatExamRate, f.ExamSuccessRate, f.EmployedWithin1MonthRate, f.EmployedWithin6MonthsRate));
        var none = new FunnelCounts();
        Assert.Equal<decimal?>([null, null, null, null, null], [none.FollowedRate, none.SatExamRate, none.ExamSuccessRate, none.EmployedWithin1MonthRate, none.EmployedWithin6MonthsRate]);
        var followedNobody = new FunnelCounts { Enrolled = 2 };
        Assert.Equal(0m, followedNobody.FollowedRate);
        Assert.Null(followedNobody.SatExamRate);
    }

    [Fact]
    public void Funnel_counts_add_field_by_field()
    {
        var a = new FunnelCounts { Enrolled = 1, Women = 2, Men = 3, Other = 4, UnderJustice = 5, Followed = 6, SatExam = 7, Passed = 8, EmployedWithin1Month = 9, EmployedWithin6Months = 10 };
        var b = new FunnelCounts { Enrolled = 100, Women = 200, Men = 300, Other = 400, UnderJustice = 500, Followed = 600, SatExam = 700, Passed = 800, EmployedWithin1Month = 900, EmployedWithin6Months = 1000 };
        var sum = new FunnelCounts { Enrolled = 101, Women = 202, Men = 303, Other = 404, UnderJustice = 505, Followed = 606, SatExam = 707, Passed = 808, EmployedWithin1Month = 909, EmployedWithin6Months = 1010 };
        Assert.Equal(sum, a + b);
        Assert.Equal(sum, a.Add(b));
        Assert.Throws<ArgumentNullException>(() => a + null!);
        Assert.Throws<ArgumentNullException>(() => null! + a);
    }

    [Fact]
    public void Every_event_is_dated_by_its_own_day()
    {
        var p = new PersonId("p");
        Assert.Equal(Start.AddDays(1), Enrol("p", on: Start.AddDays(1)).On);
        Assert.Equal(Start.AddDays(2), new OutcomeRecorded(p, Start.AddDays(2), OutcomeKind.None).On);
        Assert.Equal(Start.AddDays(3), new CohortClosed(K, Start.AddDays(3)).On);
        Assert.Equal(Start.AddDays(4), new PersonWithdrawn(K, p, Start.AddDays(4), "x").On);
        Assert.Equal(Start.AddDays(5), new ExamRecorded(K, p, Start.AddDays(5), ExamResult.Absent, null).On);
        Assert.Equal(Start, Opened().On);
    }

    [Fact]
    public void Null_events_are_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => OutcomeFunnel.PerCohort(null!));
    }
}
