using Insertion.Abstractions;
using Stateless;

namespace Insertion.Cohorts;

/// <summary>
/// The ONE lifecycle definition of every cohort (DESIGN.md, "Stateless as the one lifecycle
/// definition"), on the kernel's <see cref="Lifecycle{TSubject, TState, TTrigger}"/>: Planned → Open →
/// Running → Closed, built once, with the cohort holding its state. A trigger the state does not permit
/// is a <c>COHORT-INVALID-TRANSITION</c> violation (programme rules, cohort lifecycle), carrying the
/// description of each unmet guard.
/// <para>
/// Two guards depend on the day the command happens (start reached, end reached): the day is held in a
/// thread-static slot for the duration of one synchronous call, so cohorts on different threads never
/// see each other's day, and the aggregate carries nothing but its state.
/// </para>
/// </summary>
public static class CohortLifecycle
{
    private const string StartReached = "the cohort's start date is reached";
    private const string EndReached = "the cohort's end date is reached";
    private const string NobodyEnrolled = "nobody takes part in the cohort (an empty cohort is cancelled)";

    [ThreadStatic]
    private static DateOnly t_on;

    /// <summary>The lifecycle (states, triggers, guards with their descriptions).</summary>
    public static Lifecycle<Cohort, CohortState, CohortTrigger> Definition { get; } = new(
        c => c.State,
        (c, s) => c.State = s,
        RuleCodes.CohortInvalidTransition,
        Configure);

    /// <summary>Why <paramref name="trigger"/> is not permitted for the cohort on <paramref name="on"/> (<c>COHORT-INVALID-TRANSITION</c>); empty when it is.</summary>
    public static IReadOnlyList<RuleViolation> WhyNot(Cohort cohort, CohortTrigger trigger, DateOnly on) =>
        At(on, () => Definition.WhyNot(cohort, trigger));

    /// <summary>Whether <paramref name="trigger"/> is permitted for the cohort on <paramref name="on"/>.</summary>
    public static bool CanFire(Cohort cohort, CohortTrigger trigger, DateOnly on) =>
        At(on, () => Definition.CanFire(cohort, trigger));

    /// <summary>The triggers permitted for the cohort on <paramref name="on"/> (guards evaluated).</summary>
    public static IReadOnlyList<CohortTrigger> PermittedTriggers(Cohort cohort, DateOnly on) =>
        At(on, () => Definition.PermittedTriggers(cohort));

    /// <summary>The lifecycle graph in DOT (Graphviz), with guard descriptions.</summary>
    public static string ToDot() => Definition.ToDot();

    /// <summary>The lifecycle graph in Mermaid, with guard descriptions.</summary>
    public static string ToMermaid() => Definition.ToMermaid();

    /// <summary>Fires the trigger for the cohort on <paramref name="on"/>.</summary>
    /// <exception cref="RuleViolationException">The trigger is not permitted (<c>COHORT-INVALID-TRANSITION</c>); the cohort is unchanged.</exception>
    internal static void Fire(Cohort cohort, CohortTrigger trigger, DateOnly on) =>
        At(on, () =>
        {
            Definition.Fire(cohort, trigger);
            // Stryker disable once Boolean : the value is discarded
            return true;
        });

    private static void Configure(StateMachine<CohortState, CohortTrigger> m, Func<Cohort> cohort)
    {
        m.Configure(CohortState.Planned)
            .Permit(CohortTrigger.Open, CohortState.Open);
        m.Configure(CohortState.Open)
            .PermitIf(CohortTrigger.Start, CohortState.Running, () => t_on >= cohort().Start, StartReached)
            .PermitIf(CohortTrigger.Close, CohortState.Closed, () => cohort().ActiveCount == 0, NobodyEnrolled)
            .PermitReentry(CohortTrigger.Enrol)
            .PermitReentry(CohortTrigger.Withdraw)
            .PermitReentry(CohortTrigger.RecordExam);
        m.Configure(CohortState.Running)
            .PermitIf(CohortTrigger.Close, CohortState.Closed, () => t_on >= cohort().End, EndReached)
            .PermitReentry(CohortTrigger.Enrol)
            .PermitReentry(CohortTrigger.Withdraw)
            .PermitReentry(CohortTrigger.RecordExam);
        m.Configure(CohortState.Closed);
    }

    private static T At<T>(DateOnly on, Func<T> action)
    {
        var previous = t_on;
        t_on = on;
        try
        {
            return action();
        }
        finally
        {
            t_on = previous;
        }
    }
}
