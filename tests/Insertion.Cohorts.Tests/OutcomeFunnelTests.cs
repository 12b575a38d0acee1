using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>The outcome funnel, from events only (SCENARIOS.md definitions; DOMAIN.md §1 real funnel).</summary>
public sealed class OutcomeFunnelTests
{
    private static readonly CohortId K = new("amiens-2017");
    private static readonly DateOnly Start = new(2017, 9, 4);
    private static readonly DateOnly End = LegalDates.MonthsEnd(Start, 8);

    private static CohortOpened Opened(IReadOnlyList<string>? blocks = null) => new(K, new ProgrammeId("aqi-amiens"), "amiens", Start, End, blocks ?? []);

    private static PersonEnrolled Enrol(string p, Sex sex, bool justice = false) => new(K, new PersonId(p), Start, sex, AgeBand.From26To49, justice);

    [Fact]
    public void The_Amiens_2017_2018_funnel_is_reproduced_from_events()
    {
        var events = new List<CohortEvent> { Opened() };
        var men = Enumerable.Range(1, 9).Select(i => $"m{i}").ToList();
        var women = Enumerable.Range(1, 5).Select(i => $"f{i}").ToList();
        events.AddRange(men.Select((p, i) => Enrol(p, Sex.M, justice: i < 3)));
        events.AddRange(women.Select((p, i) => Enrol(p, Sex.F, justice: i == 0)));
        events.Add(new PersonWithdrawn(K, new PersonId("m3"), new DateOnly(2017, 11, 20), "incarcerated"));
        events.Add(new PersonWithdrawn(K, new PersonId("f3"), new DateOnly(2018, 1, 15), "moved"));
        var exam = new DateOnly(2018, 4, 24);
        void Exam(string p, ExamResult r) => events.Add(new ExamRecorded(K, new PersonId(p), exam, r, null));
        foreach (var p in new[] { "m1", "m2", "m4", "m6", "m8", "f1", "f4" })
        {
            Exam(p, ExamResult.Passed);
        }
        Exam("m5", ExamResult.Failed);
        Exam("f2", ExamResult.Failed);
        Exam("m7", ExamResult.Absent);
        Exam("m9", ExamResult.Absent);
        Exam("f5", ExamResult.Absent);
        var window = OutcomeFunnel.EmploymentDeadline(End, 1);
        Assert.Equal(new DateOnly(2018, 6, 3), window);
        events.Add(new OutcomeRecorded(new PersonId("m1"), new DateOnly(2018, 5, 14), OutcomeKind.PermanentJob));
        events.Add(new OutcomeRecorded(new PersonId("m4"), window, OutcomeKind.FixedTermJob6Months));
        events.Add(new OutcomeRecorded(new PersonId("f1"), new DateOnly(2018, 5, 22), OutcomeKind.ShortJob));
        events.Add(new OutcomeRecorded(new PersonId("f4"), End.AddDays(1), OutcomeKind.PermanentJob));
        events.Add(new OutcomeRecorded(new PersonId("m6"), window.AddDays(1), OutcomeKind.PermanentJob));
        events.Add(new OutcomeRecorded(new PersonId("m2"), new DateOnly(2018, 5, 15), OutcomeKind.Training));

        var f = Assert.Single(OutcomeFunnel.PerCohort(events)).Counts;
        Assert.Equal((14, 9, 5, 4, 12, 9, 7, 4), (f.Enrolled, f.Men, f.Women, f.UnderJustice, f.Followed, f.SatExam, f.Passed, f.EmployedWithin1Month));
        Assert.Equal(5, f.EmployedWithin6Months);
        Assert.Equal(7m / 9m, f.ExamSuccessRate);
        var site = Assert.Single(OutcomeFunnel.PerSiteAndYear(events));
        Assert.Equal(("amiens", 2017, 1, 14), (site.SiteId, site.Year, site.Cohorts, site.Counts.Enrolled));
    }

    [Fact]
    public void With_certification_blocks_a_person_passes_when_every_block_is_passed()
    {
        var events = new List<CohortEvent> { Opened(["ccp1", "ccp2"]), Enrol("a", Sex.F), Enrol("b", Sex.M), Enrol("c", Sex.M) };
        var d = new DateOnly(2018, 4, 24);
        events.Add(new ExamRecorded(K, new PersonId("a"), d, ExamResult.Passed, "ccp1"));
        events.Add(new ExamRecorded(K, new PersonId("a"), d, ExamResult.Passed, "ccp2"));
        events.Add(new ExamRecorded(K, new PersonId("b"), d, ExamResult.Passed, "ccp1"));
        events.Add(new ExamRecorded(K, new PersonId("b"), d, ExamResult.Failed, "ccp2"));
        events.Add(new ExamRecorded(K, new PersonId("c"), d, ExamResult.Absent, "ccp1"));
        var f = Assert.Single(OutcomeFunnel.PerCohort(events)).Counts;
        Assert.Equal((2, 1), (f.SatExam, f.Passed));
    }

    [Fact]
    public void A_resit_counts_the_person_once()
    {
        var events = new List<CohortEvent> { Opened(), Enrol("a", Sex.F) };
        events.Add(new ExamRecorded(K, new PersonId("a"), new DateOnly(2018, 4, 24), ExamResult.Failed, null));
        events.Add(new ExamRecorded(K, new PersonId("a"), new DateOnly(2018, 6, 24), ExamResult.Passed, null));
        var f = Assert.Single(OutcomeFunnel.PerCohort(events)).Counts;
        Assert.Equal((1, 1), (f.SatExam, f.Passed));
    }

    [Fact]
    public void An_outcome_before_the_enrolment_does_not_count()
    {
        var events = new List<CohortEvent> { Opened(), Enrol("a", Sex.F), new OutcomeRecorded(new PersonId("a"), Start.AddDays(-1), OutcomeKind.PermanentJob) };
        Assert.Equal(0, Assert.Single(OutcomeFunnel.PerCohort(events)).Counts.EmployedWithin1Month);
    }

    private static Gen<List<CohortEvent>> RandomHistory =>
        from n in Gen.Choose(0, 15)
        from sexes in Gen.Elements(Sex.F, Sex.M, Sex.X).ListOf(n)
        from justice in Gen.Elements(true, false).ListOf(n)
        from withdrawn in Gen.Elements(true, false).ListOf(n)
        from results in Gen.Elements<ExamResult?>(null, ExamResult.Passed, ExamResult.Failed, ExamResult.Absent).ListOf(n)
        from outcomeDays in Gen.Choose(-10, 400).ListOf(n)
        from kinds in Gen.Elements(Enum.GetValues<OutcomeKind>()).ListOf(n)
        select Build(n, sexes, justice, withdrawn, results, outcomeDays, kinds);

    private static List<CohortEvent> Build(int n, IList<Sex> sexes, IList<bool> justice, IList<bool> withdrawn, IList<ExamResult?> results, IList<int> days, IList<OutcomeKind> kinds)
    {
        var events = new List<CohortEvent> { Opened() };
        for (var i = 0; i < n; i++)
        {
            var p = new PersonId($"p{i}");
            events.Add(new PersonEnrolled(K, p, Start, sexes[i], AgeBand.Under26, justice[i]));
            if (results[i] is { } r)
            {
                events.Add(new ExamRecorded(K, p, End.AddDays(-10), r, null));
            }
            if (withdrawn[i])
            {
                events.Add(new PersonWithdrawn(K, p, End.AddDays(-5), "x"));
            }
            events.Add(new OutcomeRecorded(p, End.AddDays(days[i]), kinds[i]));
        }
        return events;
    }

    [Property]
    public Property Funnel_counts_are_consistent() =>
        Prop.ForAll(RandomHistory.ToArbitrary(), events =>
        {
            var f = Assert.Single(OutcomeFunnel.PerCohort(events)).Counts;
            return f.Women + f.Men + f.Other == f.Enrolled
                && f.Followed <= f.Enrolled && f.UnderJustice <= f.Enrolled
                && f.Passed <= f.SatExam && f.SatExam <= f.Enrolled
                && f.EmployedWithin1Month <= f.EmployedWithin6Months && f.EmployedWithin6Months <= f.Enrolled;
        });

    [Property]
    public Property Outcome_events_in_any_order_give_the_same_funnel() =>
        Prop.ForAll(RandomHistory.ToArbitrary(), events =>
        {
            var reordered = events.Where(e => e is not OutcomeRecorded).Concat(events.OfType<OutcomeRecorded>().Reverse()).ToList();
            return OutcomeFunnel.PerCohort(events)[0].Counts == OutcomeFunnel.PerCohort(reordered)[0].Counts;
        });

    [Property]
    public Property Employment_within_one_month_is_exactly_an_employment_outcome_up_to_the_window() =>
        Prop.ForAll(Gen.Choose(-5, 60).ToArbitrary(), Gen.Elements(Enum.GetValues<OutcomeKind>()).ToArbitrary(), (offset, kind) =>
        {
            var day = End.AddDays(offset);
            var events = new List<CohortEvent> { Opened(), Enrol("a", Sex.F), new OutcomeRecorded(new PersonId("a"), day, kind) };
            var counted = OutcomeFunnel.PerCohort(events)[0].Counts.EmployedWithin1Month == 1;
            return counted == (kind.IsEmployment() && day <= LegalDates.MonthsAfter(End, 1));
        });
}
