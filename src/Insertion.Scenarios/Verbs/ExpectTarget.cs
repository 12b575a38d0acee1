using System.Globalization;
using Insertion.Abstractions;

namespace Insertion.Scenarios;

/// <summary>
/// What <c>expect</c> can compare for one kind of subject, found by its id field (contract, pass,
/// measure, cohort). Only the fields a step lists are compared.
/// </summary>
public abstract class ExpectTarget
{
    /// <summary>Creates a target.</summary>
    protected ExpectTarget(string idField, string idKind)
    {
        IdField = idField;
        IdKind = idKind;
    }

    /// <summary>The field that names the subject (e.g. <c>contract</c>).</summary>
    public string IdField { get; }

    /// <summary>The kind of id, as steps define it (e.g. <c>contract</c>).</summary>
    public string IdKind { get; }

    /// <summary>
    /// When set, the subject field holds a value no step introduces (e.g. <c>year: 2026</c>): it is
    /// checked at load by this function (an error message, or null when it is fine) instead of
    /// being looked up among the ids steps introduced.
    /// </summary>
    public Func<string, string?>? ValueIdCheck { get; init; }

    /// <summary>The comparable fields and their kinds.</summary>
    public abstract IReadOnlyDictionary<string, ExpectKind> Fields { get; }

    /// <summary>Reads the actual value of a field of the subject, or reports it unknown.</summary>
    internal abstract Task<(bool Found, object? Actual)> ReadAsync(ScenarioContext context, string id, string field, CancellationToken cancellationToken);

    /// <summary>Whether the actual value equals the expected text under the field's kind.</summary>
    internal static bool Matches(ExpectKind kind, string expected, object? actual) => kind switch
    {
        ExpectKind.Date => actual is DateOnly d && IsoDates.Format(d) == expected,
        ExpectKind.Hours => actual is WorkMinutes m && StepArgs.TryHours(expected, out var e, out _) && e == m,
        ExpectKind.Number => decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            && TryDecimal(actual, out var a) && a == n,
        ExpectKind.Approximate => decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            && TryDecimal(actual, out var y) && Math.Abs(y - x) <= 0.00005m,
        _ => string.Equals(Show(actual), expected, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>An actual number as a decimal; false for a value that is not a number or does not fit one.</summary>
    private static bool TryDecimal(object? actual, out decimal value)
    {
        value = 0;
        switch (actual)
        {
            case null:
                return false;
            case double d when double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > (double)decimal.MaxValue:
                return false;
            case float f when float.IsNaN(f) || float.IsInfinity(f):
                return false;
            case IConvertible c and not string and not bool and not DateTime:
                value = c.ToDecimal(CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Shows an actual value as a scenario file writes it.</summary>
    internal static string Show(object? actual) => actual switch
    {
        null => "(none)",
        DateOnly d => IsoDates.Format(d),
        WorkMinutes m => m.Hours.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => actual.ToString() ?? "",
    };
}

/// <summary>An expectation target over subjects of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The subject (an aggregate or a report).</typeparam>
public sealed class ExpectTarget<T> : ExpectTarget where T : class
{
    private readonly Func<ScenarioContext, string, CancellationToken, Task<T?>> _find;
    private readonly Dictionary<string, (ExpectKind Kind, Func<ScenarioContext, T, object?> Read)> _fields = new(StringComparer.Ordinal);

    /// <summary>Creates a target; <paramref name="find"/> returns null for an id the module does not hold.</summary>
    public ExpectTarget(string idField, Func<ScenarioContext, string, CancellationToken, Task<T?>> find, string? idKind = null)
        : base(idField, idKind ?? idField) => _find = find;

    /// <summary>Creates a target whose subjects are found without waiting (e.g. from per-scenario state).</summary>
    public ExpectTarget(string idField, Func<ScenarioContext, string, T?> find, string? idKind = null)
        : this(idField, (ctx, id, _) => Task.FromResult(find(ctx, id)), idKind)
    {
    }

    /// <summary>Adds a comparable field.</summary>
    public ExpectTarget<T> Field(string name, ExpectKind kind, Func<ScenarioContext, T, object?> read)
    {
        _fields.Add(name, (kind, read));
        return this;
    }

    /// <summary>Adds a comparable field that needs no context.</summary>
    public ExpectTarget<T> Field(string name, ExpectKind kind, Func<T, object?> read) => Field(name, kind, (_, s) => read(s));

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, ExpectKind> Fields => _fields.ToDictionary(f => f.Key, f => f.Value.Kind);

    internal override async Task<(bool Found, object? Actual)> ReadAsync(ScenarioContext context, string id, string field, CancellationToken cancellationToken)
    {
        var subject = await _find(context, id, cancellationToken).ConfigureAwait(false);
        return subject is null ? (false, null) : (true, _fields[field].Read(context, subject));
    }
}
