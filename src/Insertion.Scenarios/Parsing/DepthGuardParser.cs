using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Insertion.Scenarios;

/// <summary>
/// Reads YAML events and stops a file nested deeper than <see cref="MaxDepth"/> levels while it is
/// being read, before any node is built (SCENARIOS.md: "YAML nested deeper than 64 levels" is exit 2).
/// Building a node tree recurses once per level, so a file of 30 000 nested brackets would otherwise
/// exhaust the stack, which no handler can catch. Aliases (<c>*name</c>) are refused too: a scenario
/// never needs one, and an alias can make a node contain itself or multiply a small file into billions
/// of nodes, which reading a key would walk without end.
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
                    throw new ScenarioFormatException(file, (int)Math.Min(inner.Current.Start.Line, int.MaxValue),
                        $"the YAML is nested deeper than {MaxDepth} levels (a scenario needs a few)");
                }
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias alias:
                throw new ScenarioFormatException(file, (int)Math.Min(alias.Start.Line, int.MaxValue),
                    $"alias '*{StepArgs.Show(alias.Value.ToString())}': a scenario file writes each value out, without anchors and aliases");
        }
        return true;
    }
}
