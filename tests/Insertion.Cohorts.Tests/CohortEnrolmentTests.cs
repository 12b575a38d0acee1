using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Enrolment rules: capacity, entry window, one cohort at a time; refusals change nothing.</summary>
public sealed class CohortEnrolmentTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void Cohort_end_is_start_plus_programme_length_date_a_date()
    {
        using var h = new TestHost();
        var k = h.Cohorts.Open(new CohortId("k"), "aqi-test", Start);
        Assert.Equal(new DateOnly(2026, 9, 4), k.End);
        Assert.Equal(CohortState.Open, k.State);
    }

    [Fact]
    public void COHORT_FULL_past_capacity_and_the_refusal_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start, capacity: 1);
        h.Cohorts.Enrol(id, h.Person("a"), Start);
        var b = h.Person("b");
        var before = h.Cohorts.Events.Count;
        Assert.Equal("COHORT-FULL", Assert.Single(h.Cohorts.CanEnrol(id, b, Start)).Code);
        var ex = Assert.Throws<RuleViolationException>(() => h.Cohorts.Enrol(id, b, Start));
        Assert.Equal("COHORT-FULL", ex.Violation.Code);
        Assert.Single(h.Cohorts.Get(id).Members);
        Assert.Equal(before, h.Cohorts.Events.Count);
    }

    [Theory]
    [InlineData(31, null)]
    [InlineData(32, "COHORT-ENTRY-CLOSED")]
    [InlineData(-30, null)]
    public void Enrolment_closes_after_the_entry_window(int daysAfterStart, string? code)
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start);
        var v = h.Cohorts.CanEnrol(id, h.Person("a"), Start.AddDays(daysAfterStart));
        Assert.Equal(code, v.SingleOrDefault()?.Code);
    }

    [Fact]
    public void A_person_is_in_one_running_cohort_at_a_time()
    {
        using var h = new TestHost();
        var k1 = new CohortId("k1");
        var k2 = new CohortId("k2");
        h.Cohorts.Open(k1, "aqi-test", Start);
        h.Cohorts.Open(k2, "aqi-test", Start.AddMonths(4));
        var a = h.Person("a");
        h.Cohorts.Enrol(k1, a, Start);
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(h.Cohorts.CanEnrol(k2, a, Start.AddMonths(4))).Code);
        h.Cohorts.Withdraw(k1, a, Start.AddMonths(4), "next promotion");
        Assert.Empty(h.Cohorts.CanEnrol(k2, a, Start.AddMonths(4)));
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(h.Cohorts.CanEnrol(k1, a, Start.AddMonths(4))).Code);
    }

    [Fact]
    public void A_repeated_enrolment_is_accepted_and_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start, capacity: 2);
        var a = h.Person("a", Sex.F);
        var b = h.Person("b");
        h.Cohorts.Enrol(id, a, Start);
        var before = h.Cohorts.Events.Count;
        Assert.Empty(h.Cohorts.CanEnrol(id, a, Start.AddDays(1)));
        h.Cohorts.Enrol(id, a, Start.AddDays(1));
        Assert.Equal(before, h.Cohorts.Events.Count);
        Assert.Equal(Start, Assert.Single(h.Cohorts.Get(id).Members).EnrolledOn);
        h.Cohorts.Enrol(id, b, Start);
        // Full now; a repeat of a is still accepted (it takes no place), a newcomer is not.
        h.Cohorts.Enrol(id, a, Start);
        Assert.Equal("COHORT-FULL", Assert.Single(h.Cohorts.CanEnrol(id, h.Person("c"), Start)).Code);
        var f = h.Cohorts.Funnel(id).Counts;
        Assert.Equal(2, f.Enrolled);
        Assert.Equal(1, f.Women);
    }

    [Fact]
    public void Withdrawal_reason_is_recorded_as_given()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start);
        var a = h.Person("a");
        h.Cohorts.Enrol(id, a, Start);
        h.Cohorts.Withdraw(id, a, Start.AddDays(10), "  Déménagement à Lille ");
        Assert.Equal("  Déménagement à Lille ", h.Cohorts.Get(id).Member(a)!.WithdrawalReason);
    }

    [Fact]
    public void Exam_of_a_withdrawn_person_is_COHORT_NOT_ENROLLED_and_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start);
        var a = h.Person("a");
        h.Cohorts.Enrol(id, a, Start);
        h.Cohorts.Withdraw(id, a, Start.AddDays(10), "left");
        var ex = Assert.Throws<RuleViolationException>(() => h.Cohorts.RecordExam(id, a, Start.AddMonths(7), ExamResult.Passed));
        Assert.Equal("COHORT-NOT-ENROLLED", ex.Violation.Code);
        Assert.Empty(h.Cohorts.Get(id).Exams);
    }

    [Fact]
    public void An_unknown_certification_block_is_an_argument_error()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-blocks", Start);
        var a = h.Person("a");
        h.Cohorts.Enrol(id, a, Start);
        Assert.Throws<ArgumentException>(() => h.Cohorts.RecordExam(id, a, Start.AddMonths(7), ExamResult.Passed, "ccp9"));
        h.Cohorts.RecordExam(id, a, Start.AddMonths(7), ExamResult.Passed, "CCP1");
        Assert.Equal("ccp1", Assert.Single(h.Cohorts.Get(id).Exams).Block);
    }

    [Fact]
    public void An_outcome_of_someone_whose_enrolment_was_refused_is_recorded_and_counts_nowhere()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start, capacity: 1);
        var a = h.Person("a");
        var b = h.Person("b");
        h.Cohorts.Enrol(id, a, Start);
        Assert.Throws<RuleViolationException>(() => h.Cohorts.Enrol(id, b, Start));
        Assert.Empty(h.Cohorts.CanRecordOutcome(b, Start.AddMonths(8)));
        h.Cohorts.RecordOutcome(b, Start.AddMonths(8), OutcomeKind.PermanentJob);
        Assert.Equal(0, h.Cohorts.Funnel(id).Counts.EmployedWithin1Month);
        h.Cohorts.RecordOutcome(a, Start.AddMonths(8), OutcomeKind.PermanentJob);
        Assert.Equal(1, h.Cohorts.Funnel(id).Counts.EmployedWithin1Month);
    }

    [Fact]
    public void A_full_cohort_is_COHORT_FULL_before_the_entry_window_and_a_withdrawn_person()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start, capacity: 2);
        var a = h.Person("a");
        h.Cohorts.Enrol(id, a, Start);
        h.Cohorts.Withdraw(id, a, Start.AddDays(3), "left");
        h.Cohorts.Enrol(id, h.Person("b"), Start);
        h.Cohorts.Enrol(id, h.Person("c"), Start);
        Assert.Equal("COHORT-FULL", Assert.Single(h.Cohorts.CanEnrol(id, h.Person("d"), Start.AddMonths(3))).Code);
        Assert.Equal("COHORT-FULL", Assert.Single(h.Cohorts.CanEnrol(id, a, Start.AddDays(5))).Code);
    }
}
