using System.CommandLine;
using Insertion.Cli.Simulation;

namespace Insertion.Cli.Commands;

/// <summary><c>insertion simulate [--year Y] [--seed S] [--people N]</c>: the demo simulation of a site's year.</summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Option<int>("--year") { Description = "The year simulated (promotions start in January, May and September).", DefaultValueFactory = _ => 2026 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated people and events (same seed, same year).", DefaultValueFactory = _ => 1 };
        var people = new Option<int>("--people") { Description = "People per promotion (1 to 15, the AQI's capacity).", DefaultValueFactory = _ => 14 };
        var command = new Command("simulate", "Simulate a year of the Amiens site through the library's rules and print the outcome.") { year, seed, people };
        command.SetAction(parse =>
        {
            var (y, n) = (parse.GetValue(year), parse.GetValue(people));
            if (y is < 2000 or > 2100 || n is < 1 or > 15)
            {
                error.WriteLine("--year must be 2000 to 2100 and --people 1 to 15");
                return 2;
            }
            new SiteSimulation(y, parse.GetValue(seed), n).Run().Write(output);
            return 0;
        });
        return command;
    }
}
