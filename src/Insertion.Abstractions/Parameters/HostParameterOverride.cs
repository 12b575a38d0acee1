namespace Insertion.Abstractions;

/// <summary>
/// An override the host sets for all its activity (<c>builder.OverrideParameter(...)</c>), or a
/// scenario file's <c>params:</c>: the <see cref="LegalParameters"/> the container hands out is the
/// baseline's view with these overrides, each listed in reports with <paramref name="By"/>.
/// </summary>
/// <param name="Name">Parameter name (e.g. <c>TIG.DailyMaxHours</c>).</param>
/// <param name="Value">Value as text, parsed to the parameter's type.</param>
/// <param name="By">Who sets it and why.</param>
public sealed record HostParameterOverride(string Name, string Value, string By);
