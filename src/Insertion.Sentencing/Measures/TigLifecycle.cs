using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// The one lifecycle definition of a TIG measure on the kernel's
/// <see cref="Lifecycle{TSubject, TState, TTrigger}"/> helper: permitted triggers, why-not as
/// <c>TIG-INVALID-TRANSITION</c> <see cref="RuleViolation"/>s, DOT and Mermaid graphs with a
/// description on every guarded transition (C. pén. 131-22). Two guards read the day of the call
/// (the deadline against today), held in a thread-static slot for the duration of one call, as the
/// helper holds the measure.
/// </summary>
public static class TigLifecycle
{
    [ThreadStatic]
    private static DateOnly t_today;

    /// <summary>The lifecycle (one per process, never changed after it is built).</summary>
    public static Lifecycle<TigMeasure, TigState, TigTrigger> Definition { get; } = Build();

    /// <summary>The lifecycle as a Graphviz DOT graph, with guard descriptions.</summary>
    public static string ToDot() => Definition.ToDot();

    /// <summary>The lifecycle as a Mermaid state diagram.</summary>
    public static string ToMermaid() => Definition.ToMermaid();

    /// <summary>The triggers permitted for <paramref name="measure"/> on <paramref name="today"/> (guards evaluated).</summary>
    public static IReadOnlyList<TigTrigger> PermittedTriggers(TigMeasure measure, DateOnly today) =>
        On(today, () => Definition.PermittedTriggers(measure));

    /// <summary>Why <paramref name="trigger"/> cannot fire on <paramref name="today"/>: <c>TIG-INVALID-TRANSITION</c> violations (one per unmet guard, with its description); empty when it can.</summary>
    public static IReadOnlyList<RuleViolation> WhyNot(TigMeasure measure, TigTrigger trigger, DateOnly today) =>
        On(today, () => Definition.WhyNot(measure, trigger));

    /// <summary>Whether <paramref name="trigger"/> can fire for the measure on <paramref name="today"/>.</summary>
    public static bool CanFire(TigMeasure measure, TigTrigger trigger, DateOnly today) =>
        On(today, () => Definition.CanFire(measure, trigger));

    /// <summary>Fires a trigger; records the change of state, if any, on <paramref name="on"/>.</summary>
    /// <exception cref="RuleViolationException"><c>TIG-INVALID-TRANSITION</c>: the measure is unchanged.</exception>
    internal static void Fire(TigMeasure measure, TigTrigger trigger, DateOnly on)
    {
        var before = measure.State;
        On(on, () =>
        {
            Definition.Fire(measure, trigger);
            // Stryker disable once Boolean : the value is discarded
            return true;
        });
        if (measure.State != before)
        {
            measure.AddHistory(new TigStateChange(on, before, measure.State, trigger));
        }
    }

    private static T On<T>(DateOnly today, Func<T> action)
    {
        var previous = t_today;
        t_today = today;
        try
        {
            return action();
        }
        finally
        {
            t_today = previous;
        }
    }

    private static Lifecycle<TigMeasure, TigState, TigTrigger> Build() => new(
        m => m.State,
        (m, s) => m.State = s,
        RuleCodes.TigInvalidTransition,
        (machine, current) =>
        {
            bool Finished() => current().Remaining.Minutes <= 0;
            // Stryker disable once Equality : an Active measure with no hour left has completed (LogHours completes it), so Remaining is never 0 here
            bool PastDeadlineWithHoursLeft() => current().Deadline < t_today && current().Remaining.Minutes > 0;
            bool DeadlineNotPassed() => current().Deadline >= t_today;
            bool HoursLeft() => current().Remaining.Minutes > 0;

            // Open states (Active, Overdue) record hours, corrections and suspensions without changing state.
            foreach (var open in new[] { TigState.Active, TigState.Overdue })
            {
                machine.Configure(open)
                    .InternalTransitionIf(TigTrigger.LogHours, _ => true, _ => { }, "the ledger's rules decide (C. pén. 131-8, 131-22)")
                    .InternalTransitionIf(TigTrigger.Correct, _ => true, _ => { }, "a reversing entry names the original")
                    .InternalTransitionIf(TigTrigger.Suspend, _ => true, _ => { }, "the time limit may be suspended (C. pén. 131-22)")
                    .Permit(TigTrigger.Cancel, TigState.Cancelled)
                    .Permit(TigTrigger.Convert, TigState.Converted);
            }
            machine.Configure(TigState.Active)
                .PermitIf(TigTrigger.Complete, TigState.Completed, Finished, "every sentenced hour is done")
                .PermitIf(TigTrigger.MarkOverdue, TigState.Overdue, PastDeadlineWithHoursLeft, "the deadline is before today with hours left (C. pén. 131-22)");
            machine.Configure(TigState.Overdue)
                .PermitIf(TigTrigger.Complete, TigState.Completed, Finished, "every sentenced hour is done (hours done within the term, logged late)")
                .PermitIf(TigTrigger.Resume, TigState.Active, DeadlineNotPassed, "a suspension moved the deadline to today or later (C. pén. 131-22)");

            // Logging stays permitted on a Completed measure so that the ledger's own rule answers
            // (TIG-HOURS-EXCEEDED: no hour is left), as SCENARIOS.md states it.
            machine.Configure(TigState.Completed)
                .InternalTransitionIf(TigTrigger.LogHours, _ => true, _ => { }, "the ledger's rules decide (no hour is left: TIG-HOURS-EXCEEDED)")
                .InternalTransitionIf(TigTrigger.Correct, _ => true, _ => { }, "a reversing entry names the original")
                .PermitIf(TigTrigger.Reopen, TigState.Active, HoursLeft, "a correction took hours back");
            machine.Configure(TigState.Cancelled);
            machine.Configure(TigState.Converted);
        });
}
