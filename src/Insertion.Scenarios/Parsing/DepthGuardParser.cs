using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Insertion.Scenarios;

/// <summary>
/// Reads YAML events and stops a file nested deeper than <see cref="MaxDepth"/> levels while it is
/// being read, before any node is built (SCENARIOS.md: "YAML nested deeper than 64 levels" is exit 2).
/// Building a node tree recurses once per level, so a file of 30 000 nested brackets would otherwise
/// exhaust the stack, which no handler can catch.
/// </summary>
internal sealed class DepthGuardParser(IParser inner, string file) : IParser
{
    /// <summary>The deepest nesting of mappings and lists a scenario file may use.</summary>
    public const int MaxDepth = 64;

    private int _depth;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                if (++_depth > MaxDepth)
                {
                    throw new ScenarioFormatException(file, (int)inner.Current.Start.Line,
                        $"the YAML is nested deeper than {MaxDepth} levels (a scenario needs a few)");
                }
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}
