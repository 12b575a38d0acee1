using Insertion.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Insertion.Scenarios;

/// <summary>Reads a scenario file into a <see cref="ScenarioDocument"/> (SCENARIOS.md, "Shape").</summary>
public static class ScenarioParser
{
    /// <summary>The largest scenario file read, in characters (a scenario is a page or two; a larger file, or an endless device, is refused before it fills memory).</summary>
    public const int MaxFileChars = 4 * 1024 * 1024;

    /// <summary>Reads a file.</summary>
    /// <exception cref="ScenarioFormatException">The file is not a scenario; the message names file, line and reason.</exception>
    public static ScenarioDocument ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(ReadBounded(path), path);
    }

    /// <summary>Reads scenario text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ScenarioFormatException">The text is not a scenario; the message names file, line and reason.</exception>
    public static ScenarioDocument Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthGuardParser(new Parser(new StringReader(text)), file));
        }
        catch (ScenarioFormatException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            throw new ScenarioFormatException(file, LineOf(ex.Start.Line), $"not valid YAML: {Plain(ex.InnerException?.Message ?? ex.Message)}");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or InsufficientExecutionStackException)
        {
            // YamlDotNet reports a few malformed inputs (a key given twice, an alias to nothing) with these types.
            throw new ScenarioFormatException(file, 1, $"not valid YAML: {Plain(ex.Message)}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ScenarioFormatException(file, 1, "a scenario is a mapping with 'name', 'people' and 'steps'");
        }
        return Read(file, root);
    }

    private static string ReadBounded(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[64 * 1024];
            var text = new System.Text.StringBuilder();
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > MaxFileChars)
                {
                    throw new ScenarioFormatException(path, 0, $"the file is larger than {MaxFileChars / (1024 * 1024)} MB: not a scenario");
                }
            }
            return text.ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ScenarioFormatException(path, 0, $"cannot read the file: {Plain(ex.Message)}");
        }
    }

    /// <summary>An error text on one line (a library's message may span several).</summary>
    internal static string Plain(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int LineOf(long line) => line is > 0 and <= int.MaxValue ? (int)line : 1;

    private static ScenarioDocument Read(string file, YamlMappingNode root)
    {
        string? name = null;
        var parameters = new List<ScenarioParam>();
        var people = new Dictionary<string, ScenarioPerson>(StringComparer.Ordinal);
        List<ScenarioStepSource>? steps = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "name":
                    name = Scalar(file, value, "name");
                    break;
                case "params":
                    parameters.AddRange(ReadParams(file, value));
                    break;
                case "people":
                    foreach (var p in ReadPeople(file, value))
                    {
                        if (!people.TryAdd(p.Id.Value, p))
                        {
                            throw new ScenarioFormatException(file, Line(value), $"person '{StepArgs.Show(p.Id.Value)}' is given twice");
                        }
                    }
                    break;
                case "steps":
                    steps = ReadSteps(file, value);
                    break;
                default:
                    throw new ScenarioFormatException(file, Line(keyNode), $"unknown top-level field '{StepArgs.Show(key ?? "")}' (expected name, params, people, steps)");
            }
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ScenarioFormatException(file, 1, "missing field 'name'");
        }
        if (steps is null)
        {
            throw new ScenarioFormatException(file, 1, "missing field 'steps'");
        }
        return new ScenarioDocument { File = file, Name = name, Params = parameters, People = people, Steps = steps };
    }

    private static IEnumerable<ScenarioParam> ReadParams(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ScenarioFormatException(file, Line(node), "'params' must be a mapping of parameter names to values");
        }
        foreach (var (k, v) in map.Children)
        {
            yield return new ScenarioParam(Scalar(file, k, "parameter name"), Scalar(file, v, "parameter value"), Line(k));
        }
    }

    private static IEnumerable<ScenarioPerson> ReadPeople(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ScenarioFormatException(file, Line(node), "'people' must be a mapping of ids to { birthDate, sex }");
        }
        foreach (var (k, v) in map.Children)
        {
            var id = Scalar(file, k, "person id");
            var args = new StepArgs(file, "people", v, Line(k));
            var birth = args.OptionalDate("birthDate", named: false) ?? throw new ScenarioFormatException(file, Line(k), $"person '{id}': missing field 'birthDate'");
            var sex = args.Enum<Sex>("sex");
            var rqth = args.OptionalBool("rqth") ?? false;
            var justice = args.OptionalBool("underJustice") ?? false;
            args.EnsureAllRead();
            yield return new ScenarioPerson(new PersonProfile(new PersonId(id), birth, sex), rqth, justice);
        }
    }

    private static List<ScenarioStepSource> ReadSteps(string file, YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            throw new ScenarioFormatException(file, Line(node), "'steps' must be a list");
        }
        var steps = new List<ScenarioStepSource>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                throw new ScenarioFormatException(file, Line(item), "a step is a mapping such as '- verb: { ... }'");
            }
            string? verb = null;
            YamlNode? args = null;
            string? expectError = null;
            foreach (var (k, v) in map.Children)
            {
                var key = Scalar(file, k, "verb");
                if (key == "expectError")
                {
                    expectError = Scalar(file, v, "expectError");
                }
                else if (verb is null)
                {
                    verb = key;
                    args = v;
                }
                else
                {
                    throw new ScenarioFormatException(file, Line(k), $"a step has one verb; found '{StepArgs.Show(verb)}' and '{StepArgs.Show(key)}'");
                }
            }
            if (verb is null || args is null)
            {
                throw new ScenarioFormatException(file, Line(item), "the step has no verb");
            }
            steps.Add(new ScenarioStepSource(steps.Count + 1, verb, new StepArgs(file, verb, args, Line(item)), expectError, Line(item)));
        }
        return steps;
    }

    private static string Scalar(string file, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw new ScenarioFormatException(file, Line(node), $"{what} must be a plain value");

    private static int Line(YamlNode node) => LineOf(node.Start.Line);
}
