using System.Globalization;
using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>
/// The table of dated parameters ("law as dated parameters"): answers the value in force on a
/// day, and keeps the list of overrides set by the host, a site or a programme.
/// Thread-safe for reads once built; overrides are expected at start-up.
/// </summary>
public sealed class LegalParameters
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ParameterOverride> _overrides = [];
    private readonly Lock _gate = new();

    /// <summary>An empty table.</summary>
    public LegalParameters()
    {
    }

    /// <summary>A table filled by the given sources.</summary>
    public LegalParameters(IEnumerable<ILegalParameterSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            source.Contribute(this);
        }
    }

    /// <summary>Adds a dated value. A later value is a new row, never an edit of an earlier one.</summary>
    public LegalParameters Add<T>(ParameterKey<T> key, DateOnly validFrom, T value, string source)
        where T : notnull
    {
        Guard.Against.Null(key);
        Guard.Against.NullOrWhiteSpace(source);
        lock (_gate)
        {
            if (!_entries.TryGetValue(key.Name, out var entry))
            {
                entry = new Entry(typeof(T));
                _entries[key.Name] = entry;
            }
            else if (entry.Type != typeof(T))
            {
                throw new InvalidOperationException($"Parameter {key.Name} is of type {entry.Type.Name}, not {typeof(T).Name}.");
            }
            entry.Rows.Add(new Row(validFrom, value, source));
            entry.Rows.Sort((a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
        }
        return this;
    }

    /// <summary>The value in force on <paramref name="on"/> (the override when one is set).</summary>
    /// <exception cref="KeyNotFoundException">No value of the key is in force on that day.</exception>
    public T ValueOn<T>(ParameterKey<T> key, DateOnly on) => (T)Resolve(key.Name, on).Value;

    /// <summary>The value in force on <paramref name="on"/> with its source.</summary>
    public LegalParameter<T> On<T>(ParameterKey<T> key, DateOnly on)
    {
        var (value, validFrom, source) = Resolve(key.Name, on);
        return new LegalParameter<T>(key, validFrom, (T)value, source);
    }

    /// <summary>Every dated value of a key, oldest first (overrides not included).</summary>
    public IReadOnlyList<LegalParameter<T>> History<T>(ParameterKey<T> key)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key.Name, out var e)
                ? e.Rows.Select(r => new LegalParameter<T>(key, r.ValidFrom, (T)r.Value, r.Source)).ToList()
                : [];
        }
    }

    /// <summary>Names of every known parameter.</summary>
    public IReadOnlyCollection<string> Names
    {
        get
        {
            lock (_gate)
            {
                return _entries.Keys.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Whether the table knows a parameter of that name.</summary>
    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(name);
        }
    }

    /// <summary>The overrides in force, in the order they were set.</summary>
    public IReadOnlyList<ParameterOverride> Overrides
    {
        get
        {
            lock (_gate)
            {
                return _overrides.ToList();
            }
        }
    }

    /// <summary>Overrides a parameter for every date; the override is listed in <see cref="Overrides"/>.</summary>
    public void Override<T>(ParameterKey<T> key, T value, string by) where T : notnull =>
        SetOverride(key.Name, value, by);

    /// <summary>
    /// Overrides a parameter from text (a scenario file's or a configuration's value), parsed to
    /// the parameter's type. Returns false with a reason when the name is unknown or the text
    /// does not fit the type.
    /// </summary>
    public bool TryOverride(string name, string text, string by, out string error)
    {
        Type type;
        lock (_gate)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                error = $"unknown parameter '{name}'";
                return false;
            }
            type = entry.Type;
        }
        if (!TryParse(type, text, out var value))
        {
            error = $"parameter '{name}' expects a value of type {type.Name}, not '{text}'";
            return false;
        }
        SetOverride(name, value, by);
        error = "";
        return true;
    }

    private void SetOverride(string name, object value, string by)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                throw new KeyNotFoundException($"Unknown parameter '{name}'.");
            }
            var current = entry.Rows.Count > 0 ? Format(entry.Rows[^1].Value) : "";
            entry.Override = value;
            _overrides.RemoveAll(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            _overrides.Add(new ParameterOverride(name, Format(value), current, by));
        }
    }

    private (object Value, DateOnly ValidFrom, string Source) Resolve(string name, DateOnly on)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                throw new KeyNotFoundException($"Unknown parameter '{name}'.");
            }
            if (entry.Override is { } o)
            {
                // Stryker disable once Linq : SetOverride keeps one override per name (RemoveAll before Add), so the first is the last
                var by = _overrides.Last(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)).By;
                return (o, DateOnly.MinValue, $"override by {by}");
            }
            for (var i = entry.Rows.Count - 1; i >= 0; i--)
            {
                if (entry.Rows[i].ValidFrom <= on)
                {
                    return (entry.Rows[i].Value, entry.Rows[i].ValidFrom, entry.Rows[i].Source);
                }
            }
            throw new KeyNotFoundException($"Parameter '{name}' has no value in force on {IsoDates.Format(on)}.");
        }
    }

    private static bool TryParse(Type type, string text, out object value)
    {
        value = text;
        var inv = CultureInfo.InvariantCulture;
        switch (type)
        {
            case var t when t == typeof(string):
                return true;
            case var t when t == typeof(int):
                if (int.TryParse(text, NumberStyles.Integer, inv, out var i)) { value = i; return true; }
                return false;
            case var t when t == typeof(decimal):
                if (decimal.TryParse(text, NumberStyles.Number, inv, out var d)) { value = d; return true; }
                return false;
            case var t when t == typeof(bool):
                if (bool.TryParse(text, out var b)) { value = b; return true; }
                return false;
            case var t when t == typeof(WorkMinutes):
                if (WorkMinutes.TryParseHours(text, out var w)) { value = w; return true; }
                return false;
            case var t when t.IsEnum:
                if (Enum.TryParse(t, text, ignoreCase: true, out var e) && e is not null && Enum.IsDefined(t, e)) { value = e; return true; }
                return false;
            default:
                return false;
        }
    }

    private static string Format(object value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        // Stryker disable once NullCoalescing : the parameter types that are not IFormattable (string, bool, WorkMinutes) never answer null to ToString()
        _ => value.ToString() ?? "",
    };

    private sealed record Row(DateOnly ValidFrom, object Value, string Source);

    private sealed class Entry(Type type)
    {
        public Type Type { get; } = type;
        public List<Row> Rows { get; } = [];
        public object? Override { get; set; }
    }
}
