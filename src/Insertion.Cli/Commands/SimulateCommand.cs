using System.CommandLine;
using System.Text;
using Insertion.Abstractions;
using Insertion.Cli.Simulation;
using Insertion.Cohorts;
using Insertion.Contracts;
using Spectre.Console;

namespace Insertion.Cli.Commands;

/// <summary>
/// <c>insertion simulate [--site amiens|paris|aubervilliers|all] [--year Y] [--seed S] [--people N] [--out DIR]</c>:
/// the main job. A site's year through the library, as a host runs it, then the tables in the
/// terminal and, in <c>--out</c>, <c>report.html</c>, <c>plan.ics</c>, <c>year-report.md</c> and a CSV of every table.
/// </summary>
internal static class SimulateCommand
{
    private static readonly string[] KnownSites = ["amiens", "paris", "aubervilliers"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new Option<string>("--site") { Description = "amiens, paris, aubervilliers or all.", DefaultValueFactory = _ => "amiens" };
        var year = new Option<int?>("--year") { Description = "The year simulated (default: the clock's year)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated people and events (same seed and year, same files).", DefaultValueFactory = _ => 42 };
        var people = new Option<int?>("--people") { Description = "People entering in the year across the sites (default: the sites' real sizes; up to 100 000)." };
        var outDir = new Option<string>("--out") { Description = "Folder of the report files.", DefaultValueFactory = _ => "insertion-report" };
        var command = new Command("simulate", "Simulate a site's year through the library's rules; print the tables and write report.html, plan.ics and CSV files.") { site, year, seed, people, outDir };
        var db = new Option<string?>("--db") { Description = "Also write the year into this database (\"Host=...\": PostgreSQL; otherwise a SQLite file)." };
        command.Options.Add(db);
        command.SetAction((parse, ct) => RunAsync(new Arguments(parse.GetValue(site) ?? "amiens", parse.GetValue(year), parse.GetValue(seed), parse.GetValue(people), parse.GetValue(outDir) ?? "insertion-report", parse.GetValue(db)), output, error, ct));
        return command;
    }

    internal sealed record Arguments(string Site, int? Year, int Seed, int? People, string Out, string? Db = null);

    internal static async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var sites = string.Equals(args.Site, "all", StringComparison.OrdinalIgnoreCase) ? KnownSites : [args.Site.ToLowerInvariant()];
        if (sites.Any(s => !KnownSites.Contains(s)))
        {
            error.WriteLine($"--site must be one of {string.Join(", ", KnownSites)} or all, not '{args.Site}'.");
            return 2;
        }
        var year = args.Year ?? TimeProvider.System.GetLocalNow().Year;
        if (year is < 2000 or > 2100 || args.People is < 1 or > SimulationOptions.MaxPeople)
        {
            error.WriteLine($"--year must be 2000 to 2100 and --people 1 to {SimulationOptions.MaxPeople}.");
            return 2;
        }
        var options = new SimulationOptions(sites, year, args.Seed, args.People, args.Out, args.Db);
        var console = ConsoleFactory.Over(output);
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var simulation = new SiteYearSimulation(options);
        SimulationResult result;
        SimulationPhaseLines? lines = null;
        if (ConsoleFactory.IsTerminal(output) && console.Profile.Capabilities.Interactive)
        {
            var title = $"Simulating {string.Join(", ", sites)} {year}";
            result = await console.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                    return await simulation.RunAsync(new SimulationProgressBar(task, title, time), ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            // not a terminal: a line per phase on the error stream, so that a long redirected run is not silent and stdout keeps the report
            lines = new SimulationPhaseLines(error, time);
            result = await simulation.RunAsync(lines, ct).ConfigureAwait(false);
        }

        console.MarkupLine($"[bold]Insertion — a simulated year[/]: sites {Markup.Escape(string.Join(", ", sites))}, activity started in {year} and followed to its end ({result.Period}); seed {args.Seed}. Ids and counts only.");
        foreach (var table in result.Tables().Where(t => t.Name is not "contracts" and not "tig-measures"))
        {
            var t = new Table().Title(Markup.Escape(table.Title)).Border(TableBorder.Simple);
            foreach (var h in table.Header)
            {
                t.AddColumn(new TableColumn(Markup.Escape(h)));
            }
            foreach (var row in table.Rows)
            {
                t.AddRow(row.Select(Markup.Escape).ToArray());
            }
            console.Write(t);
        }

        var written = await SimulationFiles.WriteAsync(result, args.Out, ct).ConfigureAwait(false);
        lines?.Written(written);
        console.MarkupLine($"Report written to [bold]{Markup.Escape(Path.GetFullPath(args.Out))}[/]: {written} files (report.html, plan.ics, year-report.md, CSV).");
        var people = result.Sizes.Values.Sum(s => s.Total);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Simulated {people} people in {seconds:0.0} s: {SimulationRate.PeoplePerSecond(people, seconds)} people/s ({result.Commands} commands through the public services, {result.Refusals.Values.Sum()} refused)."));
        return 0;
    }
}
