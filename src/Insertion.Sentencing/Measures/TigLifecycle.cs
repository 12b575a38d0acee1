using Stateless;
using Stateless.Graph;

namespace Insertion.Sentencing;

/// <summary>
/// The one lifecycle definition of a TIG measure (DESIGN.md, "Stateless as the one lifecycle
/// definition"): a single <see cref="StateMachine{TState, TTrigger}"/> built once per process and
/// reused for every measure with external state storage.
/// <para>
/// How one machine serves every measure, thread-safely: the machine's state accessor and mutator,
/// and its guards, read a <see cref="ThreadStaticAttribute">thread-static</see> "current" measure
/// (and "today"), set by <see cref="Fire"/> for the duration of one call and restored after. The
/// machine is built in <see cref="FiringMode.Immediate"/> mode with every state configured up front,
/// so firing reads the configuration and mutates nothing of the machine itself; two threads firing
/// for two measures only touch their own measure. Changes to one measure are serialised by
/// <see cref="TigService"/>'s lock.
/// </para>
/// </summary>
public static class TigLifecycle
{
    [ThreadStatic]
    private static TigMeasure? t_current;

    [ThreadStatic]
    private static DateOnly t_today;

    private static readonly StateMachine<TigState, TigTrigger> Machine = Build();

    // Which unguarded triggers each state permits, read from the machine once (after Machine).
    private static readonly bool[,] Unguarded = BuildTable();

    /// <summary>The lifecycle as a Graphviz DOT graph, with guard descriptions, for the host's documentation.</summary>
    public static string ToDotGraph() => UmlDotGraph.Format(Info());

    /// <summary>The lifecycle as a Mermaid state diagram.</summary>
    public static string ToMermaidGraph() => MermaidGraph.Format(Info(), null);

    /// <summary>The triggers permitted for <paramref name="measure"/> on <paramref name="today"/> (guards evaluated).</summary>
    public static IReadOnlyList<TigTrigger> PermittedTriggers(TigMeasure measure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return With(measure, today, () => Enum.GetValues<TigTrigger>().Where(Machine.CanFire).ToList());
    }

    /// <summary>
    /// Why <paramref name="trigger"/> cannot fire now: the descriptions of its unmet guards, or a
    /// line saying the state does not allow it; empty when it can fire.
    /// </summary>
    public static IReadOnlyList<string> WhyNot(TigMeasure measure, TigTrigger trigger, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return With(measure, today, () =>
        {
            if (Machine.CanFire(trigger, out var unmet))
            {
                return (IReadOnlyList<string>)[];
            }
            return unmet is { Count: > 0 } ? unmet.ToList() : [$"{trigger} is not possible from the state {measure.State}"];
        });
    }

    /// <summary>Whether <paramref name="trigger"/> can fire for the measure now.</summary>
    public static bool CanFire(TigMeasure measure, TigTrigger trigger, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return With(measure, today, () => Machine.CanFire(trigger));
    }

    /// <summary>Fires a trigger for a measure; records the change of state, if any, on <paramref name="on"/>.</summary>
    internal static void Fire(TigMeasure measure, TigTrigger trigger, DateOnly on)
    {
        var before = measure.State;
        With(measure, on, () =>
        {
            Machine.Fire(trigger);
            return 0;
        });
        if (measure.State != before)
        {
            measure.AddHistory(new TigStateChange(on, before, measure.State, trigger));
        }
    }

    /// <summary>
    /// Whether the state permits an unguarded trigger (log, correct, suspend, cancel, convert): the
    /// machine's answer, read once into a table so that a ledger append does not pay for a
    /// Stateless call. Guarded triggers go through <see cref="CanFire"/>.
    /// </summary>
    internal static bool Allows(TigState state, TigTrigger trigger) => Unguarded[(int)state, (int)trigger];

    private static bool[,] BuildTable()
    {
        var states = Enum.GetValues<TigState>();
        var triggers = Enum.GetValues<TigTrigger>();
        var table = new bool[states.Length, triggers.Length];
        var probe = new TigMeasure(new TigSentence
        {
            Measure = new("lifecycle-probe"),
            Person = new("lifecycle-probe"),
            Hours = Abstractions.WorkMinutes.FromHours(1),
            From = new DateOnly(2000, 1, 3),
            Months = 1,
        });
        foreach (var s in states)
        {
            probe.State = s;
            foreach (var t in triggers)
            {
                table[(int)s, (int)t] = With(probe, DateOnly.MinValue, () => Machine.CanFire(t));
            }
        }
        return table;
    }

    private static T With<T>(TigMeasure measure, DateOnly today, Func<T> action)
    {
        var (previous, previousToday) = (t_current, t_today);
        t_current = measure;
        t_today = today;
        try
        {
            return action();
        }
        finally
        {
            t_current = previous;
            t_today = previousToday;
        }
    }

    private static Stateless.Reflection.StateMachineInfo Info() => With<Stateless.Reflection.StateMachineInfo>(null!, default, Machine.GetInfo);

    private static TigMeasure Current => t_current ?? throw new InvalidOperationException("No measure is being fired.");

    private static StateMachine<TigState, TigTrigger> Build()
    {
        // The accessor falls back to Active when no measure is current (only GetInfo does that).
        var m = new StateMachine<TigState, TigTrigger>(
            () => t_current?.State ?? TigState.Active,
            s => Current.State = s,
            FiringMode.Immediate);

        static bool Finished() => Current.Remaining.Minutes <= 0;
        static bool PastDeadlineWithHoursLeft() => Current.Deadline < t_today && Current.Remaining.Minutes > 0;
        static bool DeadlineNotPassed() => Current.Deadline >= t_today;
        static bool HoursLeft() => Current.Remaining.Minutes > 0;

        // Open states (Active, Overdue) record hours, corrections and suspensions without changing state.
        static StateMachine<TigState, TigTrigger>.StateConfiguration Open(StateMachine<TigState, TigTrigger>.StateConfiguration c) => c
            .InternalTransition(TigTrigger.LogHours, _ => { })
            .InternalTransition(TigTrigger.Correct, _ => { })
            .InternalTransition(TigTrigger.Suspend, _ => { });

        Open(m.Configure(TigState.Active))
            .PermitIf(TigTrigger.Complete, TigState.Completed, Finished, "every sentenced hour is done")
            .PermitIf(TigTrigger.MarkOverdue, TigState.Overdue, PastDeadlineWithHoursLeft, "the deadline is before today with hours left (C. pén. 131-22)")
            .Permit(TigTrigger.Cancel, TigState.Cancelled)
            .Permit(TigTrigger.Convert, TigState.Converted);

        Open(m.Configure(TigState.Overdue))
            .PermitIf(TigTrigger.Complete, TigState.Completed, Finished, "every sentenced hour is done (hours done within the term, logged late)")
            .PermitIf(TigTrigger.Resume, TigState.Active, DeadlineNotPassed, "a suspension moved the deadline to today or later")
            .Permit(TigTrigger.Cancel, TigState.Cancelled)
            .Permit(TigTrigger.Convert, TigState.Converted);

        // Logging stays permitted on a Completed measure so that the ledger's own rule answers
        // (TIG-HOURS-EXCEEDED: no hour is left), as SCENARIOS.md states it.
        m.Configure(TigState.Completed)
            .InternalTransition(TigTrigger.LogHours, _ => { })
            .InternalTransition(TigTrigger.Correct, _ => { })
            .PermitIf(TigTrigger.Reopen, TigState.Active, HoursLeft, "a correction took hours back");

        m.Configure(TigState.Cancelled);
        m.Configure(TigState.Converted);
        return m;
    }
}
