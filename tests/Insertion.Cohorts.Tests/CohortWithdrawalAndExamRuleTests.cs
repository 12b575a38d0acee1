using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// SCENARIOS.md, <c>withdraw</c> and <c>exam</c>: COHORT-NOT-ENROLLED for someone not taking part (never
/// enrolled, already withdrawn, a day before the enrolment; for the exam, on or after the withdrawal day);
/// a refusal says which case it is and changes nothing.
/// </summary>
public sealed class CohortWithdrawalAndExamRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly CohortId K = new("k");

    private static async Task<(TestHost H, PersonId A)> OneEnrolledAsync(DateOnly enrolledOn, string programme = "aqi-test")
    {
        var h = new TestHost();
        await h.Cohorts.OpenAsync(K, programme, Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(K, a, enrolledOn);
        return (h, a);
    }

    [Fact]
    public async Task Withdraw_someone_never_enrolled_is_COHORT_NOT_ENROLLED()
    {
        var (h, _) = await OneEnrolledAsync(Start);
        using var _h = h;
        var v = Assert.Single(await h.Cohorts.CanWithdrawAsync(K, new PersonId("b"), Start, "x"));
        Assert.Equal("COHORT-NOT-ENROLLED", v.Code);
        Assert.Contains("has not enrolled", v.Message, StringComparison.Ordinal);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.WithdrawAsync(K, new PersonId("b"), Start, "x"));
        Assert.Equal("COHORT-NOT-ENROLLED", ex.Violation.Code);
    }

    [Fact]
    public async Task Withdraw_twice_is_COHORT_NOT_ENROLLED_and_keeps_the_first_withdrawal()
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        await h.Cohorts.WithdrawAsync(K, a, Start.AddDays(3), "first");
        var v = Assert.Single(await h.Cohorts.CanWithdrawAsync(K, a, Start.AddDays(5), "second"));
        Assert.Equal("COHORT-NOT-ENROLLED", v.Code);
        Assert.Contains("withdrew on 2026-01-08", v.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.WithdrawAsync(K, a, Start.AddDays(5), "second"));
        var m = (await h.Cohorts.GetAsync(K)).Member(a)!;
        Assert.Equal((Start.AddDays(3), "first"), (m.WithdrawnOn!.Value, m.WithdrawalReason));
    }

    [Theory]
    [InlineData(-1, "COHORT-NOT-ENROLLED")]
    [InlineData(0, null)]
    public async Task Withdraw_before_the_enrolment_day_is_COHORT_NOT_ENROLLED(int offset, string? code)
    {
        var (h, a) = await OneEnrolledAsync(Start.AddDays(10));
        using var _h = h;
        var v = await h.Cohorts.CanWithdrawAsync(K, a, Start.AddDays(10 + offset), "x");
        Assert.Equal(code, v.SingleOrDefault()?.Code);
        if (code is not null)
        {
            Assert.Contains("enrolled only on 2026-01-15", v[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_withdrawal_changes_only_the_person_who_withdraws()
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        var b = await h.PersonAsync("b");
        var c = await h.PersonAsync("c");
        await h.Cohorts.EnrolAsync(K, b, Start);
        await h.Cohorts.EnrolAsync(K, c, Start);
        await h.Cohorts.WithdrawAsync(K, b, Start.AddDays(4), "moved");
        var k = await h.Cohorts.GetAsync(K);
        Assert.Equal([a, b, c], k.Members.Select(m => m.Person));
        Assert.Equal([false, true, false], k.Members.Select(m => m.Withdrawn));
        Assert.Equal((Start.AddDays(4), "moved"), (k.Member(b)!.WithdrawnOn!.Value, k.Member(b)!.WithdrawalReason));
        Assert.False(k.IsTakingPart(b));
        Assert.True(k.IsTakingPart(a));
        Assert.Equal(2, k.ActiveCount);
    }

    [Fact]
    public async Task Withdrawal_reason_may_not_be_null()
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Cohorts.WithdrawAsync(K, a, Start, null!));
        Assert.False((await h.Cohorts.GetAsync(K)).Member(a)!.Withdrawn);
    }

    [Theory]
    [InlineData(-1, "COHORT-NOT-ENROLLED", "enrolled only on")] // the day before the enrolment
    [InlineData(0, null, null)]                                // the enrolment day itself
    public async Task Exam_before_the_enrolment_day_is_COHORT_NOT_ENROLLED(int offset, string? code, string? says)
    {
        var (h, a) = await OneEnrolledAsync(Start.AddDays(10));
        using var _h = h;
        var v = await h.Cohorts.CanRecordExamAsync(K, a, Start.AddDays(10 + offset), ExamResult.Passed);
        Assert.Equal(code, v.SingleOrDefault()?.Code);
        if (says is not null)
        {
            Assert.Contains(says, v[0].Message, StringComparison.Ordinal);
            Assert.DoesNotContain("withdrew", v[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(-1, null)]                   // the day before the withdrawal: still taking part
    [InlineData(0, "COHORT-NOT-ENROLLED")]   // the withdrawal day
    [InlineData(30, "COHORT-NOT-ENROLLED")]  // later
    public async Task Exam_on_or_after_the_withdrawal_day_is_COHORT_NOT_ENROLLED(int offset, string? code)
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        var withdrawn = Start.AddDays(60);
        await h.Cohorts.WithdrawAsync(K, a, withdrawn, "left");
        var on = withdrawn.AddDays(offset);
        var v = await h.Cohorts.CanRecordExamAsync(K, a, on, ExamResult.Failed);
        Assert.Equal(code, v.SingleOrDefault()?.Code);
        if (code is null)
        {
            await h.Cohorts.RecordExamAsync(K, a, on, ExamResult.Failed);
            Assert.Equal(new ExamRecord(a, on, ExamResult.Failed, null), Assert.Single((await h.Cohorts.GetAsync(K)).Exams));
        }
        else
        {
            Assert.Contains("withdrew on", v[0].Message, StringComparison.Ordinal);
            Assert.Equal(on, v[0].Values["on"]);
        }
    }

    [Fact]
    public async Task Exam_of_someone_never_enrolled_is_COHORT_NOT_ENROLLED()
    {
        var (h, _) = await OneEnrolledAsync(Start);
        using var _h = h;
        var v = Assert.Single(await h.Cohorts.CanRecordExamAsync(K, new PersonId("b"), Start.AddMonths(7), ExamResult.Passed));
        Assert.Equal("COHORT-NOT-ENROLLED", v.Code);
        Assert.Contains("has not enrolled", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exam_results_are_recorded_in_order_with_their_block()
    {
        var (h, a) = await OneEnrolledAsync(Start, "aqi-blocks");
        using var _h = h;
        var d = Start.AddMonths(7);
        await h.Cohorts.RecordExamAsync(K, a, d, ExamResult.Failed, "ccp2");
        await h.Cohorts.RecordExamAsync(K, a, d.AddDays(1), ExamResult.Absent);
        await h.Cohorts.RecordExamAsync(K, a, d.AddDays(2), ExamResult.Passed, "CCP1");
        Assert.Equal(
            [new ExamRecord(a, d, ExamResult.Failed, "ccp2"), new ExamRecord(a, d.AddDays(1), ExamResult.Absent, null), new ExamRecord(a, d.AddDays(2), ExamResult.Passed, "ccp1")],
            (await h.Cohorts.GetAsync(K)).Exams);
    }

    [Fact]
    public async Task A_block_for_a_programme_without_blocks_is_an_argument_error_that_records_nothing()
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.Cohorts.CanRecordExamAsync(K, a, Start.AddMonths(7), ExamResult.Passed, "ccp1"));
        Assert.Contains("none", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Cohorts.RecordExamAsync(K, a, Start.AddMonths(7), ExamResult.Passed, "ccp1"));
        Assert.Empty((await h.Cohorts.GetAsync(K)).Exams);
    }

    [Fact]
    public async Task A_closed_cohort_takes_no_withdrawal_and_no_exam()
    {
        var (h, a) = await OneEnrolledAsync(Start);
        using var _h = h;
        var end = (await h.Cohorts.GetAsync(K)).End;
        await h.Cohorts.StartDueAsync(Start);
        await h.Cohorts.CloseAsync(K, end);
        Assert.Equal("COHORT-INVALID-TRANSITION", Assert.Single(await h.Cohorts.CanWithdrawAsync(K, a, end, "x")).Code);
        Assert.Equal("COHORT-INVALID-TRANSITION", Assert.Single(await h.Cohorts.CanRecordExamAsync(K, a, end, ExamResult.Passed)).Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.WithdrawAsync(K, a, end, "x"));
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.RecordExamAsync(K, a, end, ExamResult.Passed));
        var k = await h.Cohorts.GetAsync(K);
        Assert.Empty(k.Exams);
        Assert.False(k.Member(a)!.Withdrawn);
    }

    [Fact]
    public async Task Withdrawal_and_exam_are_taken_while_open_and_while_running()
    {
        var (h, a) = await OneEnrolledAsync(Start.AddDays(-3));
        using var _h = h;
        await h.Cohorts.RecordExamAsync(K, a, Start.AddDays(-2), ExamResult.Absent);
        Assert.Equal(CohortState.Open, (await h.Cohorts.GetAsync(K)).State);
        await h.Cohorts.StartDueAsync(Start);
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(K, b, Start);
        await h.Cohorts.RecordExamAsync(K, a, Start.AddMonths(7), ExamResult.Passed);
        await h.Cohorts.WithdrawAsync(K, b, Start.AddMonths(7), "job");
        var k = await h.Cohorts.GetAsync(K);
        Assert.Equal((CohortState.Running, 2, 1), (k.State, k.Exams.Count, k.ActiveCount));
    }
}
