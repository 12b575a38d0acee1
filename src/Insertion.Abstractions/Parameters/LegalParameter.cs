namespace Insertion.Abstractions;

/// <summary>
/// One value of a legal or configuration parameter, in force from <see cref="ValidFrom"/> until the
/// next value of the same key. <see cref="Source"/> cites the article or document.
/// </summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <param name="Key">The parameter's key.</param>
/// <param name="ValidFrom">First day the value applies.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">Legal source ("C. trav. L5132-15-1"), or "parameter" with its reason.</param>
public sealed record LegalParameter<T>(ParameterKey<T> Key, DateOnly ValidFrom, T Value, string Source);
