using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary><c>insertion simulate</c>: the demo year of a site, through the modules' rules.</summary>
public sealed class SimulateCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = InsertionCommand.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_same_seed_gives_the_same_year_and_another_seed_another()
    {
        var (exit, first, _) = Run("simulate", "--seed", "7", "--people", "8");
        Assert.Equal(0, exit);
        Assert.Equal(first, Run("simulate", "--seed", "7", "--people", "8").Out);
        Assert.NotEqual(first, Run("simulate", "--seed", "8", "--people", "8").Out);
    }

    [Fact]
    public void Three_promotions_are_hired_on_CDDI_and_reported_without_names()
    {
        var (exit, output, _) = Run("simulate", "--year", "2026", "--people", "5");
        Assert.Equal(0, exit);
        Assert.Contains("amiens-2026-1        2026-01-05 2026-09-04        5", output, StringComparison.Ordinal);
        Assert.Contains("amiens-2026-3", output, StringComparison.Ordinal);
        Assert.Contains("CDDI hired: 15", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_options_exit_2() => Assert.Equal(2, Run("simulate", "--people", "16").Exit);
}
