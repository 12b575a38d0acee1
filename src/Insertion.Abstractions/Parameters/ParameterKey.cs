using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>Names a parameter and its value type (e.g. <c>CDDI.MinMonths</c> : int).</summary>
/// <typeparam name="T">Type of the value: int, decimal, bool, string, an enum or <see cref="WorkMinutes"/>.</typeparam>
public sealed record ParameterKey<T>
{
    /// <summary>Creates a key.</summary>
    public ParameterKey(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    /// <summary>The dotted name used in files and reports.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
