using Stateless;
using Stateless.Graph;

namespace Insertion.Cohorts;

/// <summary>
/// The ONE lifecycle definition of every cohort (DESIGN.md, "Stateless as the one lifecycle
/// definition"): a single <see cref="StateMachine{TState,TTrigger}"/>, configured once, with
/// external state storage. The aggregate holds its state; the machine reads and writes the state
/// of the cohort currently bound to it.
/// <para>
/// Thread safety: binding a cohort and firing (or asking) happen together under one lock, so two
/// threads never see each other's cohort; the guards read the bound cohort and the bound day.
/// Cohort commands are rare (a few a day per site), so the lock costs nothing measurable, and it
/// keeps the design independent of Stateless' internal firing bookkeeping.
/// </para>
/// </summary>
public static class CohortLifecycle
{
    private const string StartReached = "the cohort's start date is reached";
    private const string EndReached = "the cohort's end date is reached";
    private const string NobodyEnrolled = "nobody takes part in the cohort (an empty cohort is cancelled)";

    private static readonly Lock Gate = new();
    private static Cohort? _cohort;
    private static DateOnly _on;
    private static readonly StateMachine<CohortState, CohortTrigger> Machine = Build();

    // Bound while the graph is exported: Stateless reads the current state for the initial state.
    private static readonly Cohort GraphPlaceholder = new(new("graph"),
        new Insertion.Abstractions.ProgrammeDefinition { Id = "graph", Name = "graph", LengthMonths = 1, Capacity = 0 }, "graph", new DateOnly(2000, 1, 1));

    private static StateMachine<CohortState, CohortTrigger> Build()
    {
        var m = new StateMachine<CohortState, CohortTrigger>(
            () => _cohort?.State ?? CohortState.Planned, // unbound: only while the machine is built
            s => Bound.State = s);
        m.Configure(CohortState.Planned)
            .Permit(CohortTrigger.Open, CohortState.Open);
        m.Configure(CohortState.Open)
            .PermitIf(CohortTrigger.Start, CohortState.Running, () => _on >= Bound.Start, StartReached)
            .PermitIf(CohortTrigger.Close, CohortState.Closed, () => Bound.ActiveCount == 0, NobodyEnrolled)
            .InternalTransition(CohortTrigger.Enrol, _ => { })
            .InternalTransition(CohortTrigger.Withdraw, _ => { })
            .InternalTransition(CohortTrigger.RecordExam, _ => { });
        m.Configure(CohortState.Running)
            .PermitIf(CohortTrigger.Close, CohortState.Closed, () => _on >= Bound.End, EndReached)
            .InternalTransition(CohortTrigger.Enrol, _ => { })
            .InternalTransition(CohortTrigger.Withdraw, _ => { })
            .InternalTransition(CohortTrigger.RecordExam, _ => { });
        m.Configure(CohortState.Closed);
        return m;
    }

    private static Cohort Bound => _cohort ?? throw new InvalidOperationException("No cohort is bound to the lifecycle.");

    /// <summary>
    /// Whether <paramref name="trigger"/> can fire for the cohort on <paramref name="on"/>; when not,
    /// <paramref name="why"/> says why (unmet guard descriptions, or the state that does not allow it).
    /// </summary>
    public static bool CanFire(Cohort cohort, CohortTrigger trigger, DateOnly on, out IReadOnlyList<string> why)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        lock (Gate)
        {
            Bind(cohort, on);
            try
            {
                if (Machine.CanFire(trigger, out var unmet))
                {
                    why = [];
                    return true;
                }
                why = unmet is { Count: > 0 } ? unmet.ToList() : [$"{trigger} is not possible from state {cohort.State}"];
                return false;
            }
            finally
            {
                Unbind();
            }
        }
    }

    /// <summary>The triggers permitted for the cohort on <paramref name="on"/> (guards evaluated).</summary>
    public static IReadOnlyList<CohortTrigger> PermittedTriggers(Cohort cohort, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        lock (Gate)
        {
            Bind(cohort, on);
            try
            {
                return Enum.GetValues<CohortTrigger>().Where(t => Machine.CanFire(t)).ToList();
            }
            finally
            {
                Unbind();
            }
        }
    }

    /// <summary>Fires the trigger on the cohort (callers check <see cref="CanFire"/> first).</summary>
    internal static void Fire(Cohort cohort, CohortTrigger trigger, DateOnly on)
    {
        lock (Gate)
        {
            Bind(cohort, on);
            try
            {
                Machine.Fire(trigger);
            }
            finally
            {
                Unbind();
            }
        }
    }

    /// <summary>The lifecycle graph in DOT (Graphviz), with guard descriptions.</summary>
    public static string ToDotGraph()
    {
        lock (Gate)
        {
            Bind(GraphPlaceholder, default);
            try
            {
                return UmlDotGraph.Format(Machine.GetInfo());
            }
            finally
            {
                Unbind();
            }
        }
    }

    /// <summary>The lifecycle graph in Mermaid, with guard descriptions.</summary>
    public static string ToMermaidGraph()
    {
        lock (Gate)
        {
            Bind(GraphPlaceholder, default);
            try
            {
                return MermaidGraph.Format(Machine.GetInfo());
            }
            finally
            {
                Unbind();
            }
        }
    }

    private static void Bind(Cohort cohort, DateOnly on)
    {
        _cohort = cohort;
        _on = on;
    }

    private static void Unbind()
    {
        _cohort = null;
        _on = default;
    }
}
