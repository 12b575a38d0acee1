using Stateless;
using Stateless.Reflection;

namespace Insertion.Contracts;

/// <summary>
/// The one lifecycle definition of every CDDI (C. trav. L5132-15-1), on the kernel's
/// <see cref="Lifecycle{TSubject, TState, TTrigger}"/> helper: built once for the type, never
/// changed after, and used with the state of the contract it is asked about. Rule checks (dates,
/// limits) are the contract's query twins; the machine answers which trigger a state allows, why
/// not (<c>CDDI-INVALID-TRANSITION</c> violations), and draws the graph.
/// </summary>
public static class CddiLifecycle
{
    /// <summary>Guard description of the return to Trial after a suspension.</summary>
    public const string SuspendedDuringTrial = "the contract was suspended during its trial: the trial goes on";

    /// <summary>Guard description of the return to Active after a suspension.</summary>
    public const string SuspendedAfterTrial = "the contract was suspended after its trial";

    /// <summary>Description of a renewal: the term moves, the state stays (the dates are the contract's checks).</summary>
    public const string Renewed = "the term moves later; the state stays";

    /// <summary>Description of a change of weekly hours: the schedule changes, the state stays.</summary>
    public const string WeeklyHoursChanged = "the weekly hours change from a day; the state stays";

    /// <summary>The definition (states, triggers, guards with their descriptions).</summary>
    public static Lifecycle<CddiContract, CddiState, CddiTrigger> Definition { get; } = new(
        static c => c.State,
        static (c, s) => c.SetState(s),
        RuleCodes.CddiInvalidTransition,
        Configure);

    /// <summary>The machine's description (states, triggers, guards), for a host's documentation.</summary>
    public static StateMachineInfo Info => Definition.Info;

    /// <summary>The graph in DOT (Graphviz) syntax.</summary>
    public static string ToDot() => Definition.ToDot();

    /// <summary>The graph in Mermaid syntax.</summary>
    public static string ToMermaid() => Definition.ToMermaid();

    /// <summary>The triggers the contract's state permits now (guards evaluated).</summary>
    public static IReadOnlyList<CddiTrigger> PermittedTriggers(CddiContract contract) => Definition.PermittedTriggers(contract);

    /// <summary>Whether <paramref name="trigger"/> is permitted now.</summary>
    public static bool CanFire(CddiContract contract, CddiTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(contract);
        // Answered from the definition's own description when the state has no guarded transition
        // for the trigger (no machine call, no allocation); the machine answers the guarded ones.
        return Permissions[((int)contract.State * TriggerCount) + (int)trigger] switch
        {
            0 => false,
            1 => true,
            _ => Definition.CanFire(contract, trigger),
        };
    }

    private static readonly int TriggerCount = Enum.GetValues<CddiTrigger>().Length;

    // What the definition permits per state and trigger: 0 no transition, 1 unguarded, 2 guarded.
    private static readonly byte[] Permissions = BuildPermissions();

    private static byte[] BuildPermissions()
    {
        var table = new byte[Enum.GetValues<CddiState>().Length * TriggerCount];
        foreach (var state in Definition.Info.States)
        {
            foreach (var transition in state.Transitions)
            {
                var index = ((int)(CddiState)state.UnderlyingState * TriggerCount) + (int)(CddiTrigger)transition.Trigger.UnderlyingTrigger;
                // Stryker disable once Linq,Equality,Logical : the same as below: a 1 or a 2 only chooses whether the machine is asked
                var guarded = transition.GuardConditionsMethodDescriptions.Any(g => g.Description is not (Renewed or WeeklyHoursChanged));
                // Stryker disable once Conditional,Logical,Equality : 1 or 2 only chooses whether the machine is asked; the one guarded pair (Resume) always has a guard met, so every answer is the same
                table[index] = guarded || table[index] == 2 ? (byte)2 : (byte)1;
            }
        }
        return table;
    }

    /// <summary>Why <paramref name="trigger"/> is not permitted now (<c>CDDI-INVALID-TRANSITION</c> violations); empty when it is.</summary>
    public static IReadOnlyList<RuleViolation> WhyNot(CddiContract contract, CddiTrigger trigger) => Definition.WhyNot(contract, trigger);

    internal static void Fire(CddiContract contract, CddiTrigger trigger) => Definition.Fire(contract, trigger);

    private static void Configure(StateMachine<CddiState, CddiTrigger> machine, Func<CddiContract> current)
    {
        machine.Configure(CddiState.Trial)
            .Permit(CddiTrigger.ConfirmTrial, CddiState.Active)
            .Permit(CddiTrigger.FailTrial, CddiState.Ended)
            .Permit(CddiTrigger.Suspend, CddiState.Suspended)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.TrialElapsed, CddiState.Active)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransitionIf(CddiTrigger.Renew, static _ => true, static _ => { }, Renewed)
            .InternalTransitionIf(CddiTrigger.ChangeWeeklyHours, static _ => true, static _ => { }, WeeklyHoursChanged);

        machine.Configure(CddiState.Active)
            .Permit(CddiTrigger.Suspend, CddiState.Suspended)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransitionIf(CddiTrigger.Renew, static _ => true, static _ => { }, Renewed)
            .InternalTransitionIf(CddiTrigger.ChangeWeeklyHours, static _ => true, static _ => { }, WeeklyHoursChanged);

        machine.Configure(CddiState.Suspended)
            .PermitIf(CddiTrigger.Resume, CddiState.Trial, () => current().SuspendedDuringTrial, SuspendedDuringTrial)
            .PermitIf(CddiTrigger.Resume, CddiState.Active, () => !current().SuspendedDuringTrial, SuspendedAfterTrial)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.EndAfterSuspension, CddiState.Ended)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransitionIf(CddiTrigger.Renew, static _ => true, static _ => { }, Renewed)
            .InternalTransitionIf(CddiTrigger.ChangeWeeklyHours, static _ => true, static _ => { }, WeeklyHoursChanged);

        machine.Configure(CddiState.Ended);
    }
}
