using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Insertion.Contracts;

/// <summary>
/// The one lifecycle definition of every CDDI: a single Stateless machine, built once for the type
/// and reused with external state storage. The machine reads and writes the state of the
/// contract it is currently firing for, held in a thread-static slot set around each call
/// (every fire and query): contracts on different threads never see each
/// other, and the machine itself is never mutated after it is built (every state is configured up
/// front and it fires in immediate mode, so a fire only reads its configuration). Commands on one
/// contract are serialised by the host, as for any aggregate.
/// Rule checks (dates, limits) are the contract's query twins; the machine answers which trigger a
/// state allows, with guard descriptions, and draws the graph.
/// </summary>
public static class CddiLifecycle
{
    [ThreadStatic]
    private static CddiContract? t_current;

    private static readonly StateMachine<CddiState, CddiTrigger> Machine = Build();

    private static readonly int TriggerCount = Enum.GetValues<CddiTrigger>().Length;

    // What the definition permits per state and trigger, read once from the machine's own
    // description: 0 no transition, 1 a transition without guard, 2 guarded (ask the machine).
    private static readonly byte[] Permissions = BuildPermissions();

    /// <summary>Guard description of the return to Trial after a suspension.</summary>
    public const string SuspendedDuringTrial = "the contract was suspended during its trial: the trial goes on";

    /// <summary>Guard description of the return to Active after a suspension.</summary>
    public const string SuspendedAfterTrial = "the contract was suspended after its trial";

    /// <summary>The machine's description (states, triggers, guards), for a host's documentation.</summary>
    public static StateMachineInfo Info => Machine.GetInfo();

    /// <summary>The graph in DOT (Graphviz) syntax.</summary>
    public static string ToDot() => UmlDotGraph.Format(Machine.GetInfo());

    /// <summary>The graph in Mermaid syntax.</summary>
    public static string ToMermaid() => MermaidGraph.Format(Machine.GetInfo());

    /// <summary>The triggers the contract's state permits now (guards evaluated).</summary>
    public static IReadOnlyList<CddiTrigger> PermittedTriggers(CddiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var previous = t_current;
        t_current = contract;
        try
        {
            var list = new List<CddiTrigger>();
            foreach (var trigger in Enum.GetValues<CddiTrigger>())
            {
                if (Machine.CanFire(trigger))
                {
                    list.Add(trigger);
                }
            }
            return list;
        }
        finally
        {
            t_current = previous;
        }
    }

    /// <summary>Whether the trigger is permitted now; when not, the unmet guard descriptions (empty when the state has no such transition).</summary>
    public static bool CanFire(CddiContract contract, CddiTrigger trigger, out ICollection<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var previous = t_current;
        t_current = contract;
        try
        {
            return Machine.CanFire(trigger, out unmetGuards);
        }
        finally
        {
            t_current = previous;
        }
    }

    internal static bool CanFire(CddiContract contract, CddiTrigger trigger)
    {
        switch (Permissions[((int)contract.State * TriggerCount) + (int)trigger])
        {
            case 0:
                return false;
            case 1:
                return true;
        }
        var previous = t_current;
        t_current = contract;
        try
        {
            return Machine.CanFire(trigger);
        }
        finally
        {
            t_current = previous;
        }
    }

    internal static void Fire(CddiContract contract, CddiTrigger trigger)
    {
        var previous = t_current;
        t_current = contract;
        try
        {
            Machine.Fire(trigger);
        }
        finally
        {
            t_current = previous;
        }
    }

    private static byte[] BuildPermissions()
    {
        var table = new byte[Enum.GetValues<CddiState>().Length * TriggerCount];
        foreach (var state in Machine.GetInfo().States)
        {
            foreach (var transition in state.Transitions)
            {
                var index = ((int)(CddiState)state.UnderlyingState * TriggerCount) + (int)(CddiTrigger)transition.Trigger.UnderlyingTrigger;
                var guarded = transition.GuardConditionsMethodDescriptions.Any();
                // Stryker disable once Conditional,Logical,Equality : 1 or 2 only chooses whether the machine is asked; the one guarded pair (Resume) always has a guard met, so every answer is the same
                table[index] = guarded || table[index] == 2 ? (byte)2 : (byte)1;
            }
        }
        return table;
    }

    private static StateMachine<CddiState, CddiTrigger> Build()
    {
        // Read with a fallback so that building and describing the machine need no contract.
        var machine = new StateMachine<CddiState, CddiTrigger>(
            () => t_current?.State ?? CddiState.Trial,
            s => (t_current ?? throw new InvalidOperationException("No CDDI is being fired for.")).SetState(s),
            FiringMode.Immediate);

        machine.Configure(CddiState.Trial)
            .Permit(CddiTrigger.ConfirmTrial, CddiState.Active)
            .Permit(CddiTrigger.FailTrial, CddiState.Ended)
            .Permit(CddiTrigger.Suspend, CddiState.Suspended)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.TrialElapsed, CddiState.Active)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransition(CddiTrigger.Renew, static _ => { })
            .InternalTransition(CddiTrigger.ChangeWeeklyHours, static _ => { });

        machine.Configure(CddiState.Active)
            .Permit(CddiTrigger.Suspend, CddiState.Suspended)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransition(CddiTrigger.Renew, static _ => { })
            .InternalTransition(CddiTrigger.ChangeWeeklyHours, static _ => { });

        machine.Configure(CddiState.Suspended)
            .PermitIf(CddiTrigger.Resume, CddiState.Trial, static () => t_current is { SuspendedDuringTrial: true }, SuspendedDuringTrial)
            .PermitIf(CddiTrigger.Resume, CddiState.Active, static () => t_current is not { SuspendedDuringTrial: true }, SuspendedAfterTrial)
            .Permit(CddiTrigger.EndEarly, CddiState.Ended)
            .Permit(CddiTrigger.EndAfterSuspension, CddiState.Ended)
            .Permit(CddiTrigger.TermReached, CddiState.Ended)
            .InternalTransition(CddiTrigger.Renew, static _ => { })
            .InternalTransition(CddiTrigger.ChangeWeeklyHours, static _ => { });

        machine.Configure(CddiState.Ended);
        return machine;
    }
}
