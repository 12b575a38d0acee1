using System.Globalization;
using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>
/// The table of dated parameters ("law as dated parameters"): answers the value in force on a
/// day, with its source. The baseline is filled by the modules' <see cref="ILegalParameterSource"/>s
/// and then frozen (<see cref="Freeze"/>): nothing changes it after start. A site's, a programme's,
/// a scenario's or a host's overrides are <em>views</em> over it (<see cref="With{T}"/>,
/// <see cref="TryWith"/>, <see cref="For(ISite)"/>): each view answers the overridden value with the
/// override's own source and lists its overrides (<see cref="Overrides"/>) for reports; the
/// baseline and other views are untouched. Thread-safe for reads.
/// </summary>
public sealed class LegalParameters
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, (object Value, ParameterOverride Listing)> _overrides;
    private readonly LegalParameters? _baseline;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LegalParameters> _siteViews = new(StringComparer.OrdinalIgnoreCase);
    private bool _frozen;

    /// <summary>An empty table (fill it with <see cref="Add{T}"/>, then <see cref="Freeze"/>).</summary>
    public LegalParameters()
    {
        _entries = new(StringComparer.OrdinalIgnoreCase);
        _overrides = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A table filled by the given sources, frozen.</summary>
    public LegalParameters(IEnumerable<ILegalParameterSource> sources)
        : this()
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            source.Contribute(this);
        }
        Freeze();
    }

    private LegalParameters(LegalParameters baseline, Dictionary<string, (object, ParameterOverride)> overrides)
    {
        _baseline = baseline;
        _entries = baseline._entries;
        _overrides = overrides;
        _frozen = true;
    }

    /// <summary>Whether rows can no longer be added (always true of a view).</summary>
    public bool IsFrozen => _frozen;

    /// <summary>The baseline this view is over (itself for the baseline).</summary>
    public LegalParameters Baseline => _baseline ?? this;

    /// <summary>Adds a dated value. A later value is a new row, never an edit of an earlier one.</summary>
    /// <exception cref="InvalidOperationException">The table is frozen.</exception>
    public LegalParameters Add<T>(ParameterKey<T> key, DateOnly validFrom, T value, string source)
        where T : notnull
    {
        Guard.Against.Null(key);
        Guard.Against.NullOrWhiteSpace(source);
        if (_frozen)
        {
            throw new InvalidOperationException($"The parameter table is frozen: {key.Name} cannot be added after start (use a view, With or For, to override a value).");
        }
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
        return this;
    }

    /// <summary>Freezes the table: from now on it is only read, and views are made over it.</summary>
    public LegalParameters Freeze()
    {
        _frozen = true;
        return this;
    }

    /// <summary>The value in force on <paramref name="on"/> (the override when the view sets one).</summary>
    /// <exception cref="KeyNotFoundException">No value of the key is in force on that day.</exception>
    public T ValueOn<T>(ParameterKey<T> key, DateOnly on) => (T)Resolve(key.Name, on).Value;

    /// <summary>The value in force on <paramref name="on"/> with its source.</summary>
    public LegalParameter<T> On<T>(ParameterKey<T> key, DateOnly on)
    {
        var (value, validFrom, source) = Resolve(key.Name, on);
        return new LegalParameter<T>(key, validFrom, (T)value, source);
    }

    /// <summary>Whether a value of <paramref name="key"/> is in force on <paramref name="on"/> (an override always is).</summary>
    public bool HasValueOn<T>(ParameterKey<T> key, DateOnly on) => TryResolve(key.Name, on, out _);

    /// <summary>Every dated value of a key, oldest first (overrides not included).</summary>
    public IReadOnlyList<LegalParameter<T>> History<T>(ParameterKey<T> key) =>
        _entries.TryGetValue(key.Name, out var e)
            ? e.Rows.Select(r => new LegalParameter<T>(key, r.ValidFrom, (T)r.Value, r.Source)).ToList()
            : [];

    /// <summary>Names of every known parameter.</summary>
    public IReadOnlyCollection<string> Names => _entries.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether the table knows a parameter of that name.</summary>
    public bool Contains(string name) => _entries.ContainsKey(name);

    /// <summary>The overrides of this view, in the order they were set (none for the baseline).</summary>
    public IReadOnlyList<ParameterOverride> Overrides => _overrides.Values.Select(v => v.Listing).ToList();

    /// <summary>A view where <paramref name="key"/> has <paramref name="value"/> on every date, set by <paramref name="by"/> (listed in <see cref="Overrides"/>).</summary>
    public LegalParameters With<T>(ParameterKey<T> key, T value, string by) where T : notnull
    {
        Guard.Against.Null(key);
        if (!_entries.ContainsKey(key.Name))
        {
            throw new KeyNotFoundException($"Unknown parameter '{key.Name}'.");
        }
        return WithValue(key.Name, value, by);
    }

    /// <summary>
    /// A view overriding a parameter from text (a scenario file's, a site's or a configuration's
    /// value), parsed to the parameter's type. Returns false with a reason when the name is unknown
    /// or the text does not fit the type.
    /// </summary>
    public bool TryWith(string name, string text, string by, out LegalParameters view, out string error)
    {
        view = this;
        if (!_entries.TryGetValue(name, out var entry))
        {
            error = $"unknown parameter '{name}'";
            return false;
        }
        if (!TryParse(entry.Type, text, out var value))
        {
            error = $"parameter '{name}' expects a value of type {entry.Type.Name}, not '{text}'";
            return false;
        }
        view = WithValue(name, value, by);
        error = "";
        return true;
    }

    /// <summary>
    /// The view of a site: this view with the site's <see cref="ISite.ParameterOverrides"/> (set by
    /// "site 'id': reason"). Built once per site and view, then reused.
    /// </summary>
    /// <exception cref="InvalidOperationException">An override of the site names an unknown parameter or does not fit its type.</exception>
    public LegalParameters For(ISite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.ParameterOverrides.Count == 0)
        {
            return this;
        }
        return _siteViews.GetOrAdd(site.Id, _ =>
        {
            var view = this;
            foreach (var o in site.ParameterOverrides)
            {
                if (!view.TryWith(o.Name, o.Value, $"site '{site.Id}': {o.Reason}", out view, out var error))
                {
                    throw new InvalidOperationException($"Site '{site.Id}': {error}.");
                }
            }
            return view;
        });
    }

    private LegalParameters WithValue(string name, object value, string by)
    {
        Guard.Against.NullOrWhiteSpace(by);
        _frozen = true;
        var entry = _entries[name];
        var current = entry.Rows.Count > 0 ? Format(entry.Rows[^1].Value) : "";
        var overrides = new Dictionary<string, (object, ParameterOverride)>(_overrides, StringComparer.OrdinalIgnoreCase);
        overrides.Remove(name);
        overrides[name] = (value, new ParameterOverride(name, Format(value), current, by));
        return new LegalParameters(Baseline, overrides);
    }

    private (object Value, DateOnly ValidFrom, string Source) Resolve(string name, DateOnly on)
    {
        if (!_entries.ContainsKey(name))
        {
            throw new KeyNotFoundException($"Unknown parameter '{name}'.");
        }
        return TryResolve(name, on, out var found)
            ? found
            : throw new KeyNotFoundException($"Parameter '{name}' has no value in force on {IsoDates.Format(on)}.");
    }

    private bool TryResolve(string name, DateOnly on, out (object Value, DateOnly ValidFrom, string Source) found)
    {
        found = default;
        if (!_entries.TryGetValue(name, out var entry))
        {
            return false;
        }
        if (_overrides.TryGetValue(name, out var o))
        {
            found = (o.Value, DateOnly.MinValue, $"override by {o.Listing.By}");
            return true;
        }
        for (var i = entry.Rows.Count - 1; i >= 0; i--)
        {
            if (entry.Rows[i].ValidFrom <= on)
            {
                found = (entry.Rows[i].Value, entry.Rows[i].ValidFrom, entry.Rows[i].Source);
                return true;
            }
        }
        return false;
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
    }
}
