namespace Insertion.Abstractions;

/// <summary>A host's or programme's override of a parameter: always listed in reports, never silent.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">The overriding value, as text.</param>
/// <param name="DefaultValue">The value it replaces on the day of the override's listing, as text.</param>
/// <param name="By">Who set it (site, programme, scenario file, host).</param>
public sealed record ParameterOverride(string Name, string Value, string DefaultValue, string By);
