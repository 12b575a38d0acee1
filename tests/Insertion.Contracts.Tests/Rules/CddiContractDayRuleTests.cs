using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// A CDDI command is dated on one of the contract's days: from its start (or, for a resume, from the
/// suspension's first day; for a new suspension, from the last resume) to its last day, both ends
/// included (SCENARIOS.md, "CDDI": a verb outside what the contract allows is CDDI-INVALID-TRANSITION,
/// and a refused step changes nothing). Contract of the examples: hired 2026-01-05 for 8 months, so
/// its term is 2026-09-04 (months date à date) and its legal trial ends 2026-02-04 (1 month, L1242-10).
/// </summary>
public class CddiContractDayRuleTests
{
    private static readonly DateOnly Start = D("2026-01-05");
    private static readonly DateOnly Term = D("2026-09-04");
    private readonly LegalParameters _p = Parameters();

    private static void AssertRefusedUnchanged(CddiContract c, Action command, Func<IReadOnlyList<RuleViolation>> twin)
    {
        var before = Snapshot(c);
        var asked = twin();
        Assert.Equal("CDDI-INVALID-TRANSITION", Assert.Single(asked).Code);
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(command));
        Assert.Equal(before, Snapshot(c));
    }

    [Fact]
    public void The_examples_contract_runs_from_2026_01_05_to_2026_09_04_with_a_trial_to_2026_02_04_L1242_10()
    {
        var c = Hire();
        Assert.Equal((Start, Term, D("2026-02-04"), CddiState.Trial), (c.Start, c.End, c.TrialEnd!.Value, c.State));
    }

    [Fact]
    public void Confirm_trial_before_the_start_is_refused_L1242_10()
    {
        var c = Hire();
        AssertRefusedUnchanged(c, () => c.ConfirmTrial(Start.AddDays(-1)), () => c.CanConfirmTrial(Start.AddDays(-1)));
    }

    [Fact]
    public void Confirm_trial_after_the_last_day_is_refused_L1242_10()
    {
        var c = Hire();
        AssertRefusedUnchanged(c, () => c.ConfirmTrial(Term.AddDays(1)), () => c.CanConfirmTrial(Term.AddDays(1)));
    }

    [Fact]
    public void Confirm_trial_on_the_first_and_on_the_last_day_is_allowed_L1242_10()
    {
        var first = Hire();
        Assert.Empty(first.CanConfirmTrial(Start));
        first.ConfirmTrial(Start);
        Assert.Equal((CddiState.Active, Start), (first.State, first.TrialConfirmedOn!.Value));
        var last = Hire();
        Assert.Empty(last.CanConfirmTrial(Term));
        last.ConfirmTrial(Term);
        Assert.Equal((CddiState.Active, Term), (last.State, last.TrialConfirmedOn!.Value));
    }

    [Fact]
    public void Fail_trial_before_the_start_or_after_the_last_day_is_refused_L1242_10()
    {
        var c = Hire();
        AssertRefusedUnchanged(c, () => c.FailTrial(Start.AddDays(-1)), () => c.CanFailTrial(Start.AddDays(-1)));
        AssertRefusedUnchanged(c, () => c.FailTrial(Term.AddDays(1)), () => c.CanFailTrial(Term.AddDays(1)));
    }

    [Fact]
    public void Fail_trial_on_the_last_day_ends_the_contract_that_day_L1242_10()
    {
        var c = Hire();
        Assert.Empty(c.CanFailTrial(Term));
        c.FailTrial(Term);
        Assert.Equal((CddiState.Ended, CddiEndReason.TrialTerminated, Term), (c.State, c.EndReason!.Value, c.EndedOn!.Value));
    }

    [Fact]
    public void Suspend_before_the_start_or_after_the_last_day_is_refused_L5132_15_2()
    {
        var c = Hire();
        AssertRefusedUnchanged(c, () => c.Suspend(Start.AddDays(-1), CddiSuspensionReason.Pmsmp), () => c.CanSuspend(Start.AddDays(-1), CddiSuspensionReason.Pmsmp));
        AssertRefusedUnchanged(c, () => c.Suspend(Term.AddDays(1), CddiSuspensionReason.Pmsmp), () => c.CanSuspend(Term.AddDays(1), CddiSuspensionReason.Pmsmp));
    }

    [Fact]
    public void Suspend_on_the_first_and_on_the_last_day_is_allowed_and_the_term_does_not_move_L5132_15_2()
    {
        var first = Hire();
        first.Suspend(Start, CddiSuspensionReason.Pmsmp);
        Assert.Equal((CddiState.Suspended, Term), (first.State, first.End));
        var last = Hire(trialDays: 0);
        last.Suspend(Term, CddiSuspensionReason.TrialElsewhere);
        Assert.Equal((CddiState.Suspended, Term, Term), (last.State, last.End, last.Suspensions[0].From));
    }

    [Fact]
    public void Suspend_again_before_the_last_resume_is_refused_and_on_the_resume_day_is_allowed_L5132_15_2()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        c.Resume(D("2026-03-16"));
        AssertRefusedUnchanged(c, () => c.Suspend(D("2026-03-15"), CddiSuspensionReason.Pmsmp), () => c.CanSuspend(D("2026-03-15"), CddiSuspensionReason.Pmsmp));
        c.Suspend(D("2026-03-16"), CddiSuspensionReason.InsertionAction);
        Assert.Equal(2, c.Suspensions.Count);
        Assert.Equal(CddiState.Suspended, c.State);
    }

    [Fact]
    public void Resume_before_the_suspension_began_is_refused_L5132_15_2()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        AssertRefusedUnchanged(c, () => c.Resume(D("2026-03-01")), () => c.CanResume(D("2026-03-01")));
    }

    [Fact]
    public void Resume_after_the_last_day_is_refused_L5132_15_2()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        AssertRefusedUnchanged(c, () => c.Resume(Term.AddDays(1)), () => c.CanResume(Term.AddDays(1)));
    }

    [Fact]
    public void Resume_on_the_suspension_first_day_and_on_the_last_day_is_allowed_L5132_15_2()
    {
        var same = Hire(trialDays: 0);
        same.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        same.Resume(D("2026-03-02"));
        Assert.Equal((CddiState.Active, D("2026-03-02")), (same.State, same.Suspensions[0].ResumedOn!.Value));
        var last = Hire(trialDays: 0);
        last.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        last.Resume(Term);
        Assert.Equal(CddiState.Active, last.State);
    }

    [Theory]
    [InlineData(CddiTerminationReason.PermanentJob)]
    [InlineData(CddiTerminationReason.MutualAgreement)]
    [InlineData(CddiTerminationReason.SeriousMisconduct)]
    public void Early_end_before_the_start_or_after_the_last_day_is_refused_L1243_1(CddiTerminationReason reason)
    {
        var c = Hire(trialDays: 0);
        AssertRefusedUnchanged(c, () => c.Terminate(Start.AddDays(-1), reason), () => c.CanTerminate(Start.AddDays(-1), reason));
        AssertRefusedUnchanged(c, () => c.Terminate(Term.AddDays(1), reason), () => c.CanTerminate(Term.AddDays(1), reason));
    }

    [Fact]
    public void Early_end_on_the_last_day_is_allowed_and_that_day_is_the_last_L1243_2()
    {
        var c = Hire(trialDays: 0);
        c.Terminate(Term, CddiTerminationReason.PermanentJob);
        Assert.Equal((CddiState.Ended, CddiEndReason.PermanentJob, Term), (c.State, c.EndReason!.Value, c.EndedOn!.Value));
    }

    [Fact]
    public void Hire_at_the_end_of_a_suspension_before_it_began_is_refused_L5132_15_2()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.TrialElsewhere);
        var before = Snapshot(c);
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.Terminate(Start.AddDays(-1), CddiTerminationReason.FixedTermJob6Months)));
        Assert.Equal(before, Snapshot(c));
        c.Terminate(D("2026-04-01"), CddiTerminationReason.FixedTermJob6Months);
        Assert.Equal((CddiState.Ended, CddiEndReason.FixedTermJob6Months, D("2026-04-01")), (c.State, c.EndReason!.Value, c.EndedOn!.Value));
    }

    [Fact]
    public void Weekly_hours_changed_before_the_start_or_after_the_last_day_is_refused_L5132_15_1()
    {
        var c = Hire();
        AssertRefusedUnchanged(c, () => c.ChangeWeeklyHours(Start.AddDays(-1), WorkMinutes.FromHours(30), _p),
            () => c.CanChangeWeeklyHours(Start.AddDays(-1), WorkMinutes.FromHours(30), _p));
        AssertRefusedUnchanged(c, () => c.ChangeWeeklyHours(Term.AddDays(1), WorkMinutes.FromHours(30), _p),
            () => c.CanChangeWeeklyHours(Term.AddDays(1), WorkMinutes.FromHours(30), _p));
    }

    [Fact]
    public void Weekly_hours_changed_on_the_last_day_are_in_force_that_day_L5132_15_1()
    {
        var c = Hire();
        c.ChangeWeeklyHours(Term, WorkMinutes.FromHours(30), _p);
        Assert.Equal(WorkMinutes.FromHours(26), c.WeeklyHoursOn(Term.AddDays(-1)));
        Assert.Equal(WorkMinutes.FromHours(30), c.WeeklyHoursOn(Term));
    }

    [Theory]
    [InlineData("fail")]
    [InlineData("terminate")]
    [InlineData("term")]
    public void Weekly_hours_of_an_ended_contract_cannot_change_CDDI_INVALID_TRANSITION(string how)
    {
        var c = Hire();
        switch (how)
        {
            case "fail": c.FailTrial(D("2026-01-20")); break;
            case "terminate": c.Terminate(D("2026-03-01"), CddiTerminationReason.MutualAgreement); break;
            default: c.Sweep(Term.AddDays(1)); break;
        }
        Assert.Equal(CddiState.Ended, c.State);
        AssertRefusedUnchanged(c, () => c.ChangeWeeklyHours(D("2026-02-02"), WorkMinutes.FromHours(30), _p),
            () => c.CanChangeWeeklyHours(D("2026-02-02"), WorkMinutes.FromHours(30), _p));
        Assert.DoesNotContain(CddiTrigger.ChangeWeeklyHours, c.PermittedTriggers);
        Assert.NotEmpty(c.WhyNot(CddiTrigger.ChangeWeeklyHours));
    }

    [Fact]
    public void Weekly_hours_may_change_while_suspended_and_the_state_stays_L5132_15_1()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        c.ChangeWeeklyHours(D("2026-03-09"), WorkMinutes.FromHours(24), _p);
        Assert.Equal(CddiState.Suspended, c.State);
        Assert.Equal(WorkMinutes.FromHours(24), c.WeeklyHoursOn(D("2026-03-09")));
    }
}
