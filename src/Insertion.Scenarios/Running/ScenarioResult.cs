namespace Insertion.Scenarios;

/// <summary>How a scenario ended.</summary>
public enum ScenarioOutcome
{
    /// <summary>Every step behaved as written.</summary>
    Passed,
    /// <summary>At least one step did not.</summary>
    Failed,
    /// <summary>The file cannot be read as a scenario.</summary>
    Malformed,
}

/// <summary>One mismatch: which step, what was expected, what happened.</summary>
/// <param name="Step">1-based step number (0 for the file as a whole).</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Message">Expected and actual.</param>
public sealed record StepFailure(int Step, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"step {Step} (line {Line}): {Message}";
}

/// <summary>The result of running one scenario file.</summary>
/// <param name="File">The file.</param>
/// <param name="Name">The scenario's name (the file name when unreadable).</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Failures">Mismatches (or the format error).</param>
public sealed record ScenarioResult(string File, string Name, ScenarioOutcome Outcome, IReadOnlyList<StepFailure> Failures);
