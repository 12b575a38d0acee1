using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>Trial, suspension (L5132-15-2), early end (L1243-1, L1243-2), sweep, and the one machine definition.</summary>
public class CddiLifecycleTests
{
    private readonly LegalParameters _p = Parameters();

    [Fact]
    public void Confirm_and_fail_only_from_trial()
    {
        var c = Hire();
        c.ConfirmTrial(D("2026-01-20"));
        Assert.Equal(CddiState.Active, c.State);
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.FailTrial(D("2026-01-21"))));
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.ConfirmTrial(D("2026-01-21"))));
        var f = Hire();
        f.FailTrial(D("2026-01-10"));
        Assert.Equal((CddiState.Ended, CddiEndReason.TrialTerminated, D("2026-01-10")), (f.State, f.EndReason, f.EndedOn!.Value));
    }

    [Fact]
    public void Suspension_keeps_the_term_and_resumes_to_the_state_suspended()
    {
        var c = Hire();
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.Resume(D("2026-01-06"))));
        c.Suspend(D("2026-01-10"), CddiSuspensionReason.Pmsmp);
        Assert.Equal(CddiState.Suspended, c.State);
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.Suspend(D("2026-01-11"), CddiSuspensionReason.Pmsmp)));
        c.Resume(D("2026-01-15"));
        Assert.Equal(CddiState.Trial, c.State);
        c.ConfirmTrial(D("2026-02-04"));
        c.Suspend(D("2026-03-01"), CddiSuspensionReason.TrialElsewhere);
        c.Resume(D("2026-03-10"));
        Assert.Equal(CddiState.Active, c.State);
        Assert.Equal(D("2026-09-04"), c.End);
        Assert.Equal(2, c.Suspensions.Count);
        Assert.Equal(D("2026-03-10"), c.Suspensions[1].ResumedOn);
    }

    [Theory]
    [InlineData(CddiTerminationReason.QualifyingTraining)]
    [InlineData(CddiTerminationReason.EmployerDecision)]
    [InlineData(CddiTerminationReason.Resignation)]
    [InlineData(CddiTerminationReason.FixedTermJob6Months)]
    public void Early_end_refused_for_unlisted_reasons_from_active(CddiTerminationReason reason)
    {
        var c = Hire(trialDays: 0);
        var before = Snapshot(c);
        Assert.Equal("CDDI-EARLY-END-NOT-ALLOWED", Code(() => c.Terminate(D("2026-03-01"), reason)));
        Assert.Equal(before, Snapshot(c));
    }

    [Theory]
    [InlineData(CddiTerminationReason.PermanentJob, CddiEndReason.PermanentJob)]
    [InlineData(CddiTerminationReason.SeriousMisconduct, CddiEndReason.SeriousMisconduct)]
    [InlineData(CddiTerminationReason.ForceMajeure, CddiEndReason.ForceMajeure)]
    [InlineData(CddiTerminationReason.Unfitness, CddiEndReason.Unfitness)]
    [InlineData(CddiTerminationReason.MutualAgreement, CddiEndReason.MutualAgreement)]
    public void Early_end_allowed_for_listed_reasons(CddiTerminationReason reason, CddiEndReason endReason)
    {
        var c = Hire();
        c.Terminate(D("2026-03-01"), reason);
        Assert.Equal((CddiState.Ended, endReason), (c.State, c.EndReason!.Value));
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.Terminate(D("2026-03-02"), reason)));
    }

    [Fact]
    public void A_cdd_of_six_months_ends_the_cddi_only_from_suspension()
    {
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-04-01"), CddiSuspensionReason.TrialElsewhere);
        c.Terminate(D("2026-04-15"), CddiTerminationReason.FixedTermJob6Months);
        Assert.Equal(CddiEndReason.FixedTermJob6Months, c.EndReason);
        Assert.Equal(D("2026-09-04"), c.End);
    }

    [Fact]
    public void Sweep_moves_trial_then_term_strictly_after_their_last_day()
    {
        var c = Hire();
        Assert.False(c.Sweep(D("2026-02-04")));
        Assert.True(c.Sweep(D("2026-02-05")));
        Assert.Equal(CddiState.Active, c.State);
        Assert.False(c.Sweep(D("2026-09-04")));
        Assert.True(c.Sweep(D("2026-09-05")));
        Assert.Equal((CddiState.Ended, CddiEndReason.Term), (c.State, c.EndReason!.Value));
        Assert.False(c.Sweep(D("2026-09-05")));
    }

    [Fact]
    public void Weekly_hours_vary_over_the_contract_within_the_limits()
    {
        var c = Hire(hours: 26);
        c.ChangeWeeklyHours(D("2026-03-02"), WorkMinutes.FromHours(30), _p);
        c.ChangeWeeklyHours(D("2026-05-04"), WorkMinutes.FromHours(22), _p);
        Assert.Equal(WorkMinutes.FromHours(26), c.WeeklyHoursOn(D("2026-03-01")));
        Assert.Equal(WorkMinutes.FromHours(30), c.WeeklyHoursOn(D("2026-03-02")));
        Assert.Equal(WorkMinutes.FromHours(22), c.WeeklyHoursOn(D("2026-06-01")));
        Assert.Null(c.WeeklyHoursOn(D("2026-01-04")));
        Assert.Equal("CDDI-WEEKLY-HOURS", Code(() => c.ChangeWeeklyHours(D("2026-06-01"), WorkMinutes.FromHours(19), _p)));
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.ChangeWeeklyHours(D("2026-09-05"), WorkMinutes.FromHours(25), _p)));
        // a change before later steps replaces them
        c.ChangeWeeklyHours(D("2026-04-01"), WorkMinutes.FromHours(35), _p);
        Assert.Equal(WorkMinutes.FromHours(35), c.WeeklyHoursOn(D("2026-06-01")));
    }

    [Fact]
    public void The_machine_answers_permitted_triggers_and_why_not()
    {
        var c = Hire();
        Assert.Contains(CddiTrigger.ConfirmTrial, c.PermittedTriggers);
        Assert.DoesNotContain(CddiTrigger.Resume, c.PermittedTriggers);
        Assert.Equal("CDDI-INVALID-TRANSITION", c.WhyNot(CddiTrigger.Resume).Single().Code);
        Assert.Empty(c.WhyNot(CddiTrigger.Suspend));
        c.Suspend(D("2026-01-10"), CddiSuspensionReason.Pmsmp);
        Assert.True(CddiLifecycle.CanFire(c, CddiTrigger.Resume));
        Assert.Empty(CddiLifecycle.WhyNot(c, CddiTrigger.Resume));
        Assert.Contains(CddiTrigger.EndAfterSuspension, c.PermittedTriggers);
    }

    [Fact]
    public void The_graph_exports_to_dot_and_mermaid_with_guard_descriptions()
    {
        Assert.Contains("digraph", CddiLifecycle.ToDot(), StringComparison.Ordinal);
        var mermaid = CddiLifecycle.ToMermaid();
        Assert.Contains("stateDiagram", mermaid, StringComparison.Ordinal);
        Assert.Contains(CddiLifecycle.SuspendedDuringTrial, mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void One_machine_serves_contracts_on_many_threads()
    {
        var contracts = Enumerable.Range(0, 2000).Select(_ => Hire()).ToArray();
        Parallel.ForEach(contracts, c =>
        {
            c.ConfirmTrial(D("2026-01-20"));
            c.Suspend(D("2026-02-01"), CddiSuspensionReason.Pmsmp);
            c.Resume(D("2026-02-10"));
        });
        Assert.All(contracts, c => Assert.Equal(CddiState.Active, c.State));
    }
}

public class CddiLifecyclePermissionTableTests
{
    [Fact]
    public void The_permission_table_agrees_with_the_machine_in_every_state()
    {
        var p = Fixtures.Parameters();
        var states = new List<CddiContract>();
        var trial = Fixtures.Hire();
        states.Add(trial);
        var active = Fixtures.Hire(trialDays: 0);
        states.Add(active);
        var suspendedTrial = Fixtures.Hire();
        suspendedTrial.Suspend(Fixtures.D("2026-01-10"), CddiSuspensionReason.Pmsmp);
        states.Add(suspendedTrial);
        var suspendedActive = Fixtures.Hire(trialDays: 0);
        suspendedActive.Suspend(Fixtures.D("2026-01-10"), CddiSuspensionReason.Pmsmp);
        states.Add(suspendedActive);
        var ended = Fixtures.Hire();
        ended.FailTrial(Fixtures.D("2026-01-10"));
        states.Add(ended);
        foreach (var c in states)
        {
            foreach (var t in Enum.GetValues<CddiTrigger>())
            {
                // The commands read the table; the public answer asks the machine itself.
                Assert.Equal(CddiLifecycle.WhyNot(c, t).Count == 0, CddiLifecycle.CanFire(c, t));
                Assert.Equal(CddiLifecycle.CanFire(c, t), c.PermittedTriggers.Contains(t));
            }
        }
        Assert.NotNull(p);
    }
}

public class CddiTransitionAllocationTests
{
    private const int Pairs = 1000;

    private static double BareFireBytes()
    {
        // A bare Stateless machine with external state and the same Resume guards: Stateless 5.20.1's
        // Fire itself allocates (about 1.5 KB a transition here), so the budget is on what the
        // aggregate adds to it.
        var state = CddiState.Active;
        var during = false;
        var m = new Stateless.StateMachine<CddiState, CddiTrigger>(() => state, s => state = s, Stateless.FiringMode.Immediate);
        m.Configure(CddiState.Active).Permit(CddiTrigger.Suspend, CddiState.Suspended);
        m.Configure(CddiState.Suspended)
            .PermitIf(CddiTrigger.Resume, CddiState.Trial, () => during, "during")
            .PermitIf(CddiTrigger.Resume, CddiState.Active, () => !during, "after");
        m.Configure(CddiState.Trial);
        m.Fire(CddiTrigger.Suspend);
        m.Fire(CddiTrigger.Resume);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Pairs; i++)
        {
            m.Fire(CddiTrigger.Suspend);
            m.Fire(CddiTrigger.Resume);
        }
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (2.0 * Pairs);
    }

    [Fact]
    public void A_transition_adds_less_than_two_kilobytes_to_a_bare_fire()
    {
        var c = Fixtures.Hire(trialDays: 0);
        var day = Fixtures.D("2026-03-02");
        c.Suspend(day, CddiSuspensionReason.Pmsmp);   // warm up
        c.Resume(day);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Pairs; i++)
        {
            c.Suspend(day, CddiSuspensionReason.Pmsmp);
            c.Resume(day);
        }
        var perTransition = (GC.GetAllocatedBytesForCurrentThread() - before) / (2.0 * Pairs);
        var bare = BareFireBytes();
        // The kernel's Lifecycle helper asks the machine why-not before each fire (its guard
        // descriptions, ~1.6 KB); the aggregate's own checks add little to that.
        Assert.True(perTransition - bare < 2048, $"{perTransition} bytes per transition, bare fire {bare}");
    }
}
