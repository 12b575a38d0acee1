using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Enrolment rules: capacity, entry window, one cohort at a time; refusals change nothing.</summary>
public sealed class CohortEnrolmentTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task Cohort_end_is_start_plus_programme_length_date_a_date()
    {
        using var h = new TestHost();
        var k = await h.Cohorts.OpenAsync(new CohortId("k"), "aqi-test", Start);
        Assert.Equal(new DateOnly(2026, 9, 4), k.End);
        Assert.Equal(CohortState.Open, k.State);
    }

    [Fact]
    public async Task COHORT_FULL_past_capacity_and_the_refusal_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 1);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start);
        var b = await h.PersonAsync("b");
        var before = (await h.Cohorts.EventsAsync()).Count;
        Assert.Equal("COHORT-FULL", Assert.Single(await h.Cohorts.CanEnrolAsync(id, b, Start)).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.EnrolAsync(id, b, Start));
        Assert.Equal("COHORT-FULL", ex.Violation.Code);
        Assert.Single((await h.Cohorts.GetAsync(id)).Members);
        Assert.Equal(before, (await h.Cohorts.EventsAsync()).Count);
    }

    [Theory]
    [InlineData(31, null)]
    [InlineData(32, "COHORT-ENTRY-CLOSED")]
    [InlineData(-30, null)]
    public async Task Enrolment_closes_after_the_entry_window(int daysAfterStart, string? code)
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var v = await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("a"), Start.AddDays(daysAfterStart));
        Assert.Equal(code, v.SingleOrDefault()?.Code);
    }

    [Fact]
    public async Task A_person_is_in_one_running_cohort_at_a_time()
    {
        using var h = new TestHost();
        var k1 = new CohortId("k1");
        var k2 = new CohortId("k2");
        await h.Cohorts.OpenAsync(k1, "aqi-test", Start);
        await h.Cohorts.OpenAsync(k2, "aqi-test", Start.AddMonths(4));
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1, a, Start);
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(await h.Cohorts.CanEnrolAsync(k2, a, Start.AddMonths(4))).Code);
        await h.Cohorts.WithdrawAsync(k1, a, Start.AddMonths(4), "next promotion");
        Assert.Empty(await h.Cohorts.CanEnrolAsync(k2, a, Start.AddMonths(4)));
        // Back into the cohort one withdrew from: SCENARIOS.md's order puts the entry window first.
        Assert.Equal("COHORT-ENTRY-CLOSED", Assert.Single(await h.Cohorts.CanEnrolAsync(k1, a, Start.AddMonths(4))).Code);
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(await h.Cohorts.CanEnrolAsync(k1, a, Start.AddDays(20))).Code);
    }

    [Fact]
    public async Task A_repeated_enrolment_is_accepted_and_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 2);
        var a = await h.PersonAsync("a", Sex.F);
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(id, a, Start);
        var before = (await h.Cohorts.EventsAsync()).Count;
        Assert.Empty(await h.Cohorts.CanEnrolAsync(id, a, Start.AddDays(1)));
        await h.Cohorts.EnrolAsync(id, a, Start.AddDays(1));
        Assert.Equal(before, (await h.Cohorts.EventsAsync()).Count);
        Assert.Equal(Start, Assert.Single((await h.Cohorts.GetAsync(id)).Members).EnrolledOn);
        await h.Cohorts.EnrolAsync(id, b, Start);
        // Full now; a repeat of a is still accepted (it takes no place), a newcomer is not.
        await h.Cohorts.EnrolAsync(id, a, Start);
        Assert.Equal("COHORT-FULL", Assert.Single(await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("c"), Start)).Code);
        var f = (await h.Cohorts.FunnelAsync(id)).Counts;
        Assert.Equal(2, f.Enrolled);
        Assert.Equal(1, f.Women);
    }

    [Fact]
    public async Task Withdrawal_reason_is_recorded_as_given()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.WithdrawAsync(id, a, Start.AddDays(10), "  Déménagement à Lille ");
        Assert.Equal("  Déménagement à Lille ", (await h.Cohorts.GetAsync(id)).Member(a)!.WithdrawalReason);
    }

    [Fact]
    public async Task Exam_of_a_withdrawn_person_is_COHORT_NOT_ENROLLED_and_changes_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.WithdrawAsync(id, a, Start.AddDays(10), "left");
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.RecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed));
        Assert.Equal("COHORT-NOT-ENROLLED", ex.Violation.Code);
        Assert.Empty((await h.Cohorts.GetAsync(id)).Exams);
    }

    [Fact]
    public async Task An_unknown_certification_block_is_an_argument_error()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-blocks", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Cohorts.RecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed, "ccp9"));
        await h.Cohorts.RecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed, "CCP1");
        Assert.Equal("ccp1", Assert.Single((await h.Cohorts.GetAsync(id)).Exams).Block);
    }

    [Fact]
    public async Task An_outcome_of_someone_whose_enrolment_was_refused_is_recorded_and_counts_nowhere()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 1);
        var a = await h.PersonAsync("a");
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.EnrolAsync(id, b, Start));
        Assert.Empty(await h.Cohorts.CanRecordOutcomeAsync(b, Start.AddMonths(8), OutcomeKind.PermanentJob));
        await h.Cohorts.RecordOutcomeAsync(b, Start.AddMonths(8), OutcomeKind.PermanentJob);
        Assert.Equal(0, (await h.Cohorts.FunnelAsync(id)).Counts.EmployedWithin1Month);
        await h.Cohorts.RecordOutcomeAsync(a, Start.AddMonths(8), OutcomeKind.PermanentJob);
        Assert.Equal(1, (await h.Cohorts.FunnelAsync(id)).Counts.EmployedWithin1Month);
    }

    [Fact]
    public async Task A_full_cohort_is_COHORT_FULL_before_the_entry_window_and_a_withdrawn_person()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 2);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.WithdrawAsync(id, a, Start.AddDays(3), "left");
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b"), Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("c"), Start);
        Assert.Equal("COHORT-FULL", Assert.Single(await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("d"), Start.AddMonths(3))).Code);
        Assert.Equal("COHORT-FULL", Assert.Single(await h.Cohorts.CanEnrolAsync(id, a, Start.AddDays(5))).Code);
    }
}
