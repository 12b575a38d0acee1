using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// The one lifecycle helper behind the modules' machines (CDDI, TIG measure, cohort): a single
/// Stateless <see cref="StateMachine{TState, TTrigger}"/> built once per aggregate type and reused
/// with external state storage. The machine reads and writes the state of the aggregate it is
/// working for, held in a thread-static slot set around each call, so aggregates on different
/// threads never see each other and the machine is never changed after it is built.
/// Every guarded transition must carry a description (checked when the lifecycle is built): the
/// host can ask what it may do now and why not, and draw the graph (DOT, Mermaid) for its
/// documentation.
/// </summary>
/// <typeparam name="TSubject">The aggregate.</typeparam>
/// <typeparam name="TState">Its states.</typeparam>
/// <typeparam name="TTrigger">Its triggers.</typeparam>
public sealed class Lifecycle<TSubject, TState, TTrigger>
    where TSubject : class
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    [ThreadStatic]
    private static TSubject? t_current;

    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly RuleCode _invalidTransition;
    private readonly Func<TSubject, TState> _read;

    /// <summary>
    /// Builds the lifecycle: <paramref name="configure"/> configures every state of the machine
    /// once (use <paramref name="configure"/>'s second argument to read the aggregate the machine
    /// currently works for, in guards and entry actions).
    /// </summary>
    /// <param name="read">Reads the aggregate's state.</param>
    /// <param name="write">Writes the aggregate's state.</param>
    /// <param name="invalidTransition">The rule a trigger its state does not permit violates (e.g. <c>CDDI-INVALID-TRANSITION</c>).</param>
    /// <param name="configure">Configures the machine.</param>
    /// <exception cref="InvalidOperationException">A guarded transition has no description.</exception>
    public Lifecycle(
        Func<TSubject, TState> read,
        Action<TSubject, TState> write,
        RuleCode invalidTransition,
        Action<StateMachine<TState, TTrigger>, Func<TSubject>> configure)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(invalidTransition);
        ArgumentNullException.ThrowIfNull(configure);
        _read = read;
        _invalidTransition = invalidTransition;
        // Outside a call (while Stateless builds the machine, or describes it for a graph) no aggregate is
        // bound: the machine then reads the enum's default value, the initial state of the graph.
        _machine = new StateMachine<TState, TTrigger>(() => t_current is { } subject ? read(subject) : default, s => write(Current, s), FiringMode.Immediate);
        configure(_machine, () => Current);
        var undescribed = Info.States
            .SelectMany(s => s.FixedTransitions.Concat<TransitionInfo>(s.DynamicTransitions).Select(t => (State: s, Transition: t)))
            .SelectMany(x => x.Transition.GuardConditionsMethodDescriptions.Select(g => (x.State, x.Transition, g.Description)))
            .Where(x => string.IsNullOrWhiteSpace(x.Description) || x.Description is "Function" || x.Description.StartsWith('<'))
            .ToList();
        if (undescribed.Count > 0)
        {
            var first = undescribed[0];
            throw new InvalidOperationException(
                $"The transition {first.State.UnderlyingState} --{first.Transition.Trigger.UnderlyingTrigger}--> has a guard without a description: pass one to PermitIf.");
        }
    }

    private static TSubject Current => t_current ?? throw new InvalidOperationException("The lifecycle is used outside a call for an aggregate.");

    /// <summary>The machine's description (states, triggers, guards).</summary>
    public StateMachineInfo Info => _machine.GetInfo();

    /// <summary>The graph in DOT (Graphviz) syntax.</summary>
    public string ToDot() => UmlDotGraph.Format(Info);

    /// <summary>The graph in Mermaid syntax.</summary>
    public string ToMermaid() => MermaidGraph.Format(Info);

    /// <summary>The triggers the aggregate's state permits now (guards evaluated).</summary>
    public IReadOnlyList<TTrigger> PermittedTriggers(TSubject subject) =>
        For(subject, () => Enum.GetValues<TTrigger>().Where(t => _machine.CanFire(t)).ToList());

    /// <summary>Whether <paramref name="trigger"/> is permitted now.</summary>
    public bool CanFire(TSubject subject, TTrigger trigger) => For(subject, () => _machine.CanFire(trigger));

    /// <summary>
    /// Why <paramref name="trigger"/> is not permitted now, as violations of the invalid-transition
    /// rule (one per unmet guard, with its description; one when the state has no such transition);
    /// empty when it is permitted.
    /// </summary>
    public IReadOnlyList<RuleViolation> WhyNot(TSubject subject, TTrigger trigger) => For(subject, () =>
    {
        if (_machine.CanFire(trigger, out var unmet))
        {
            return (IReadOnlyList<RuleViolation>)[];
        }
        var state = _read(subject);
        if (unmet is null || unmet.Count == 0) // Stateless gives no list when the state has no transition for the trigger
        {
            return [_invalidTransition.Violation($"{trigger} is not possible from state {state}.", ("state", state), ("trigger", trigger))];
        }
        return unmet.Select(g => _invalidTransition.Violation($"{trigger} is not possible from state {state}: {g}.", ("state", state), ("trigger", trigger), ("guard", g))).ToList();
    });

    /// <summary>Fires <paramref name="trigger"/> for <paramref name="subject"/>.</summary>
    /// <exception cref="RuleViolationException">The trigger is not permitted now (see <see cref="WhyNot"/>); the aggregate is unchanged.</exception>
    public void Fire(TSubject subject, TTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var previous = t_current;
        t_current = subject;
        try
        {
            // Stateless checks the trigger (and its guards) before it changes anything and refuses with an
            // InvalidOperationException: only then is the why-not (with its guard descriptions) built.
            try
            {
                _machine.Fire(trigger);
            }
            catch (InvalidOperationException) when (!_machine.CanFire(trigger))
            {
                RuleViolationException.ThrowIfAny(WhyNot(subject, trigger));
                throw;
            }
        }
        finally
        {
            t_current = previous;
        }
    }

    private static T For<T>(TSubject subject, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var previous = t_current;
        t_current = subject;
        try
        {
            return action();
        }
        finally
        {
            t_current = previous;
        }
    }
}
