using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary><c>insertion graph</c>: each lifecycle's graph comes from its one Stateless definition.</summary>
public sealed class GraphCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = InsertionCommand.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("cddi", "Trial")]
    [InlineData("tig", "Overdue")]
    [InlineData("cohort", "Running")]
    public void Each_lifecycle_prints_as_DOT_and_Mermaid(string lifecycle, string state)
    {
        var (exit, dot, _) = Run("graph", lifecycle);
        Assert.Equal(0, exit);
        Assert.Contains("digraph", dot, StringComparison.Ordinal);
        Assert.Contains(state, dot, StringComparison.Ordinal);
        var (exit2, mermaid, _) = Run("graph", lifecycle, "--format", "mermaid");
        Assert.Equal(0, exit2);
        Assert.Contains("stateDiagram", mermaid, StringComparison.Ordinal);
        Assert.Contains(state, mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_lifecycle_or_format_exits_2()
    {
        Assert.Equal(2, Run("graph", "pass").Exit);
        Assert.Equal(2, Run("graph", "cddi", "--format", "svg").Exit);
    }
}
