using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>A parameter value a report used, over the days it used it, with its source ("override by …" when overridden).</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Period">Days of the report the value applied to.</param>
/// <param name="Value">The value, as text.</param>
/// <param name="Source">Its legal source, or the override's author.</param>
public sealed record ParameterUse(string Name, DateRange Period, string Value, string Source);
