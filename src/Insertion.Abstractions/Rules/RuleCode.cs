namespace Insertion.Abstractions;

/// <summary>A stable rule code of the catalogue, with what it refuses and its legal source.</summary>
/// <param name="Code">Stable code, e.g. <c>CDDI-MAX-DURATION</c>.</param>
/// <param name="Summary">What the rule refuses, in plain language.</param>
/// <param name="Source">The article or document the rule comes from.</param>
public sealed record RuleCode(string Code, string Summary, string Source)
{
    /// <summary>Builds the violation of this rule, with a message about the case at hand.</summary>
    public RuleViolation Violation(string message, params (string Name, object? Value)[] values) =>
        new(Code, message, Source, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Code;
}
