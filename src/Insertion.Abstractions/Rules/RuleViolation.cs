namespace Insertion.Abstractions;

/// <summary>Why a command is refused: data, not a bare exception message.</summary>
/// <param name="Code">Stable code of the catalogue (<see cref="RuleCodes"/>).</param>
/// <param name="Message">Plain-language explanation of this case.</param>
/// <param name="Source">Legal source of the rule.</param>
/// <param name="Values">The offending values, by name.</param>
public sealed record RuleViolation(string Code, string Message, string Source, IReadOnlyDictionary<string, object?> Values)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message} ({Source})";
}
