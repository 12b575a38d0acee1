namespace Insertion.Scenarios;

/// <summary>A scenario file as read: name, parameter overrides, people, raw steps.</summary>
public sealed class ScenarioDocument
{
    /// <summary>Path of the file.</summary>
    public required string File { get; init; }

    /// <summary>The scenario's name.</summary>
    public required string Name { get; init; }

    /// <summary>Parameter overrides, in file order.</summary>
    public required IReadOnlyList<ScenarioParam> Params { get; init; }

    /// <summary>People by id.</summary>
    public required IReadOnlyDictionary<string, ScenarioPerson> People { get; init; }

    /// <summary>Steps in order.</summary>
    public required IReadOnlyList<ScenarioStepSource> Steps { get; init; }
}

/// <summary>One <c>params</c> entry.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">Value as text.</param>
/// <param name="Line">Line in the file.</param>
public sealed record ScenarioParam(string Name, string Value, int Line);

/// <summary>A step as written: its verb, arguments and expected error.</summary>
/// <param name="Number">1-based step number.</param>
/// <param name="Verb">The verb.</param>
/// <param name="Args">The arguments.</param>
/// <param name="ExpectError">The rule code the step must be refused with, or null.</param>
/// <param name="Line">Line in the file.</param>
public sealed record ScenarioStepSource(int Number, string Verb, StepArgs Args, string? ExpectError, int Line);
