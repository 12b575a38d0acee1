namespace Insertion.Scenarios;

/// <summary>A step that did not do what the file says, for a reason other than a rule (an expectation not met, an unknown subject).</summary>
public sealed class ScenarioStepException : Exception
{
    /// <summary>One or more mismatches.</summary>
    public ScenarioStepException(IReadOnlyList<string> mismatches)
        : base(string.Join("; ", mismatches)) => Mismatches = mismatches;

    /// <summary>One mismatch.</summary>
    public ScenarioStepException(string mismatch)
        : this([mismatch])
    {
    }

    /// <summary>The mismatches, each "what: expected …, actual …".</summary>
    public IReadOnlyList<string> Mismatches { get; }
}
