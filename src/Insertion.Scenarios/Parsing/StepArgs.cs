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
                    throw Error(k, $"field '{Show(key)}' is given twice");
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
            throw Error(_fields[name], $"field '{name}': bad date '{Show(text)}' (expected YYYY-MM-DD)");
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
        return IsoWeek.TryParse(text, out var w) ? w : throw Error(_fields[name], $"field '{name}': bad ISO week '{Show(text)}' (expected YYYY-Www)");
    }

    /// <summary>
    /// The largest whole number a step may give (days, months, a capacity): far beyond any count the
    /// rules speak of, small enough that no computation from it overflows. Past it, the file is
    /// malformed (SCENARIOS.md: "a number too large to be hours or a count" is exit 2).
    /// </summary>
    public const int MaxWholeNumber = 1_000_000;

    /// <summary>The most hours a step may give (about eleven years of days and nights): past it, the file is malformed.</summary>
    public const int MaxHours = 100_000;

    /// <summary>A required whole number, between −<see cref="MaxWholeNumber"/> and <see cref="MaxWholeNumber"/>.</summary>
    public int Int(string name) => OptionalInt(name) ?? throw Missing(name);

    /// <summary>An optional whole number, between −<see cref="MaxWholeNumber"/> and <see cref="MaxWholeNumber"/>.</summary>
    public int? OptionalInt(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        if (!IsWholeNumber(text))
        {
            throw Error(_fields[name], $"field '{name}': '{Show(text)}' is not a whole number");
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is > MaxWholeNumber or < -MaxWholeNumber)
        {
            throw Error(_fields[name], $"field '{name}': {Show(text)} is too large (a number of days, months or people is at most {MaxWholeNumber})");
        }
        return n;
    }

    /// <summary>A required decimal number, between −<see cref="MaxWholeNumber"/> and <see cref="MaxWholeNumber"/>.</summary>
    public decimal Decimal(string name)
    {
        var text = Text(name);
        if (!IsDecimalNumber(text))
        {
            throw Error(_fields[name], $"field '{name}': '{Show(text)}' is not a number");
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            || n is > MaxWholeNumber or < -MaxWholeNumber)
        {
            throw Error(_fields[name], $"field '{name}': {Show(text)} is too large (at most {MaxWholeNumber})");
        }
        return n;
    }

    /// <summary>Required hours, a decimal with at most two places, as whole minutes.</summary>
    public WorkMinutes Hours(string name) => OptionalHours(name) ?? throw Missing(name);

    /// <summary>Optional hours: 0 to <see cref="MaxHours"/>, at most two decimals (SCENARIOS.md, "Shape").</summary>
    public WorkMinutes? OptionalHours(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return TryHours(text, out var m, out var reason)
            ? m
            : throw Error(_fields[name], $"field '{name}': {reason}");
    }

    /// <summary>
    /// Reads hours written as a plain decimal with at most two places, from 0 to <see cref="MaxHours"/>
    /// ("7", "3.5", "7.25"); says why otherwise. Never throws, whatever the text.
    /// </summary>
    internal static bool TryHours(string text, out WorkMinutes hours, out string reason)
    {
        hours = default;
        var body = text.StartsWith('-') ? text[1..] : text;
        if (!IsDecimalNumber(body) || body.StartsWith('-'))
        {
            reason = $"'{Show(text)}' is not hours (a number with at most two decimals)";
            return false;
        }
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && body.Length - dot - 1 > 2)
        {
            reason = $"'{Show(text)}' is not hours: at most two decimals (whole minutes)";
            return false;
        }
        if (text.StartsWith('-'))
        {
            reason = $"{Show(text)} is negative: hours are 0 or more";
            return false;
        }
        if (!decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > MaxHours)
        {
            reason = $"{Show(text)} is too large to be hours (at most {MaxHours})";
            return false;
        }
        hours = WorkMinutes.FromHours(value);
        reason = "";
        return true;
    }

    /// <summary>Text as an error message shows it: one line, without control characters, cut when long.</summary>
    internal static string Show(string text, int max = 40)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? '?' : c).Take(max + 1).ToArray());
        return clean.Length > max ? clean[..max] + "…" : clean;
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsDecimalNumber(string text)
    {
        var body = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        var dot = body.IndexOf('.');
        var whole = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? "0".AsSpan() : body[(dot + 1)..];
        return whole.Length > 0 && fraction.Length > 0
            && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A required boolean.</summary>
    public bool? OptionalBool(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }
        return bool.TryParse(text, out var b) ? b : throw Error(_fields[name], $"field '{name}': '{Show(text)}' is not true or false");
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
            : throw Error(_fields[name], $"field '{name}': unknown value '{Show(text)}' (one of: {string.Join(", ", System.Enum.GetNames<T>().Select(Camel))})");
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
                throw Error(node, $"unknown field '{Show(name)}' for verb '{Show(_verb)}'");
            }
        }
    }

    private ScenarioFormatException Missing(string name) => new(_file, Line, $"verb '{_verb}': missing field '{name}'");

    private ScenarioFormatException Error(YamlNode node, string reason) => new(_file, node.Start.Line is > 0 and <= int.MaxValue ? (int)node.Start.Line : Line, reason);

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
