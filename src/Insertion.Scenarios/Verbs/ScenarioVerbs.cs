namespace Insertion.Scenarios;

/// <summary>The verbs and expectation targets the runner knows.</summary>
public sealed class ScenarioVerbs
{
    private readonly Dictionary<string, ScenarioBinder> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExpectTarget> _targets = new(StringComparer.Ordinal);

    /// <summary>Registers a verb.</summary>
    public ScenarioVerbs Add(string verb, ScenarioBinder binder)
    {
        if (!_verbs.TryAdd(verb, binder))
        {
            throw new InvalidOperationException($"The verb '{verb}' is registered twice.");
        }
        return this;
    }

    /// <summary>Registers what <c>expect: {{ idField: …, … }}</c> compares for one kind of subject.</summary>
    public ScenarioVerbs Expect(ExpectTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!_targets.TryAdd(target.IdField, target))
        {
            throw new InvalidOperationException($"The expectation on '{target.IdField}' is registered twice.");
        }
        return this;
    }

    /// <summary>The binder of a verb, or null.</summary>
    public ScenarioBinder? Find(string verb) => _verbs.GetValueOrDefault(verb);

    /// <summary>Every verb name.</summary>
    public IEnumerable<string> Names => _verbs.Keys.Order(StringComparer.Ordinal);

    /// <summary>The expectation targets by id field.</summary>
    public IReadOnlyDictionary<string, ExpectTarget> Targets => _targets;
}
