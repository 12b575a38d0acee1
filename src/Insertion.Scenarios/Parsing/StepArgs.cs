using System.Globalization;
using Insertion.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Insertion.Scenarios;

/// <summary>
/// The arguments of one step, read with types and checked at load time: a missing field, a bad
/// date or an unknown field is a <see cref="ScenarioFormatException"/> naming file and line.
/// Also records the dates the step names (for the scenario date) and the ids it defines or uses.
/// </summary>
public sealed class StepArgs
{
    private readonly string _file;
    private readonly string _verb;
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<DateOnly> _dates = [];

    internal StepArgs(string file, string verb, YamlNode node, int line)
    {
        _file = file;
        _verb = verb;
        Line = line;
        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                var key = k is YamlScalarNode s ? s.Value ?? "" : throw Error(k, "a field name must be plain text");
                if (!_fields.TryAdd(key, v))
                {
                    throw Error(k, $"field '{key}' is given twice");
                }
            }
        }
        else if (node is not YamlScalarNode { Value: null or "" })
        {
            throw Error(node, $"the arguments of '{verb}' must be a mapping such as {{ field: value }}");
        }
    }

    /// <summary>Line of the step.</summary>
    public int Line { get; }

    /// <summary>The dates this step names (read with <see cref="Date"/> or <see cref="OptionalDate(string)"/>).</summary>
    public IReadOnlyList<DateOnly> DatesNamed => _dates;

    /// <summary>Ids this step introduces, by kind ("contract" → "c1").</summary>
    internal List<(string Kind, string Id, int Line)> Defined { get; } = [];

    /// <summary>Ids this step refers to, by kind.</summary>
    internal List<(string Kind, string Id, int Line)> Referenced { get; } = [];

    /// <summary>Whether the field is present.</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>The names of the fields present.</summary>
    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>A required text field.</summary>
    public string Text(string name) => OptionalText(name) ?? throw Missing(name);

    /// <summary>An optional text field.</summary>
    public string? OptionalText(string name)
    {
        if (!_fields.TryGetValue(name, out var node))
        {
            return null;
        }
        _read.Add(name);
        return node is YamlScalarNode { Value: { } v } && v.Length > 0
            ? v
            : throw Error(node, $"field '{name}' must be a plain value");
    }

    /// <summary>A required ISO date (<c>YYYY-MM-DD</c>).</summary>
    public DateOnly Date(string name) => OptionalDate(name) ?? throw Missing(name);

    /// <summary>An optional ISO date.</summary>
    public DateOnly? OptionalDate(string name) => OptionalDate(name, named: true);

    /// <summary>An optional ISO date that is compared, not named (e.g. in <c>expect</c>).</summary>
    internal DateOnly? OptionalDate(string name, bool named)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        if (!IsoDates.TryParse(text, out var d))
        {
            throw Error(_fields[name], $"field '{name}': bad date '{text}' (expected YYYY-MM-DD)");
        }
        if (named)
        {
            _dates.Add(d);
        }
        return d;
    }

    /// <summary>A required ISO week (<c>YYYY-Www</c>).</summary>
    public IsoWeek Week(string name)
    {
        var text = Text(name);
        return IsoWeek.TryParse(text, out var w) ? w : throw Error(_fields[name], $"field '{name}': bad ISO week '{text}' (expected YYYY-Www)");
    }

    /// <summary>A required whole number.</summary>
    public int Int(string name) => OptionalInt(name) ?? throw Missing(name);

    /// <summary>An optional whole number.</summary>
    public int? OptionalInt(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Error(_fields[name], $"field '{name}': '{text}' is not a whole number");
    }

    /// <summary>A required decimal number.</summary>
    public decimal Decimal(string name)
    {
        var text = Text(name);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Error(_fields[name], $"field '{name}': '{text}' is not a number");
    }

    /// <summary>Required hours, a decimal with at most two places, as whole minutes.</summary>
    public WorkMinutes Hours(string name) => OptionalHours(name) ?? throw Missing(name);

    /// <summary>Optional hours.</summary>
    public WorkMinutes? OptionalHours(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return WorkMinutes.TryParseHours(text, out var m)
            ? m
            : throw Error(_fields[name], $"field '{name}': '{text}' is not hours (a number with at most two decimals)");
    }

    /// <summary>A required boolean.</summary>
    public bool? OptionalBool(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return bool.TryParse(text, out var b) ? b : throw Error(_fields[name], $"field '{name}': '{text}' is not true or false");
    }

    /// <summary>A required enumerated value, matched without regard to case.</summary>
    public T Enum<T>(string name) where T : struct, Enum => OptionalEnum<T>(name) ?? throw Missing(name);

    /// <summary>An optional enumerated value, matched without regard to case.</summary>
    public T? OptionalEnum<T>(string name) where T : struct, Enum
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var v) && System.Enum.IsDefined(v) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? v
            : throw Error(_fields[name], $"field '{name}': unknown value '{text}' (one of: {string.Join(", ", System.Enum.GetNames<T>().Select(Camel))})");
    }

    /// <summary>A required id that this step introduces (e.g. the contract of a hire).</summary>
    public string Defines(string name, string kind)
    {
        var id = Text(name);
        Defined.Add((kind, id, Line));
        return id;
    }

    /// <summary>A required id that an earlier step (or <c>people</c>) must have introduced.</summary>
    public string Refers(string name, string kind)
    {
        var id = Text(name);
        Referenced.Add((kind, id, Line));
        return id;
    }

    /// <summary>An error at a field of this step.</summary>
    public ScenarioFormatException Error(string name, string reason) =>
        _fields.TryGetValue(name, out var node) ? Error(node, reason) : new ScenarioFormatException(_file, Line, reason);

    /// <summary>Fails when a field was never read: an unknown field is a mistake, not noise.</summary>
    internal void EnsureAllRead()
    {
        foreach (var (name, node) in _fields)
        {
            if (!_read.Contains(name))
            {
                throw Error(node, $"unknown field '{name}' for verb '{_verb}'");
            }
        }
    }

    private ScenarioFormatException Missing(string name) => new(_file, Line, $"verb '{_verb}': missing field '{name}'");

    private ScenarioFormatException Error(YamlNode node, string reason) => new(_file, (int)node.Start.Line, reason);

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
