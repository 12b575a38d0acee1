using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Scenarios;

/// <summary>The state of a running scenario: its services, people and scenario date.</summary>
public sealed class ScenarioContext
{
    private readonly Dictionary<Type, object> _state = [];

    internal ScenarioContext(ScenarioDocument document, IServiceProvider services, FakeTimeProvider clock)
    {
        Document = document;
        Services = services;
        Clock = clock;
    }

    /// <summary>The scenario.</summary>
    public ScenarioDocument Document { get; }

    /// <summary>The scenario's services: while a step runs, the step's own scope (as a host's request has one).</summary>
    public IServiceProvider Services { get; internal set; }

    /// <summary>The scenario clock (set to the scenario date).</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// The scenario date (SCENARIOS.md, "Time"): the <c>to</c> of the latest <c>advance</c>; before
    /// any, the greatest date named by a step other than <c>expect</c> that succeeded.
    /// </summary>
    public DateOnly Date { get; private set; } = DateOnly.MinValue;

    /// <summary>Whether an <c>advance</c> has run.</summary>
    public bool Advanced { get; private set; }

    /// <summary>A service of the scenario.</summary>
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A person of the file (ids were checked at load).</summary>
    public ScenarioPerson Person(string id) => Document.People[id];

    /// <summary>Per-scenario state a module keeps beside its services (e.g. scenario ids → aggregates).</summary>
    public T State<T>() where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var s))
        {
            s = new T();
            _state[typeof(T)] = s;
        }
        return (T)s;
    }

    /// <summary>Moves the scenario date to <paramref name="to"/> (an <c>advance</c>).</summary>
    internal void AdvanceTo(DateOnly to)
    {
        Advanced = true;
        SetDate(to);
    }

    /// <summary>Notes the dates a successful step named.</summary>
    internal void Named(IReadOnlyList<DateOnly> dates)
    {
        if (!Advanced && dates.Count > 0 && dates.Max() > Date)
        {
            SetDate(dates.Max());
        }
    }

    private void SetDate(DateOnly date)
    {
        Date = date;
        var now = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (now > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(now);
        }
    }
}
