using System.CommandLine;
using Insertion.Abstractions;
using Insertion.Cli.Simulation;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;
using Insertion.Sites.Ilot;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Cli.Commands;

/// <summary>
/// <c>insertion report --db &lt;connection&gt; [--out DIR] [--year Y] [--site S|all]</c>: rebuilds the report files of a
/// year from the database alone (what <c>simulate --db</c> wrote, or a host's own data). The tables read from the
/// store are the same bytes as the simulation's; what was never stored (the commands run and the refusals counted
/// during a simulation) is left empty, and the page says so.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = "Connection string: \"Host=...\" for PostgreSQL, otherwise a SQLite file.", Required = true };
        var outDir = new Option<string>("--out") { Description = "Folder of the report files.", DefaultValueFactory = _ => "insertion-report" };
        var year = new Option<int?>("--year") { Description = "The year reported (default: the clock's year)." };
        var site = new Option<string>("--site") { Description = "amiens, paris, aubervilliers or all.", DefaultValueFactory = _ => "amiens" };
        var command = new Command("report", "Rebuild the report files of a year from a database.") { db, outDir, year, site };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(db)!, parse.GetValue(outDir) ?? "insertion-report", parse.GetValue(year), parse.GetValue(site) ?? "amiens", output, error, ct));
        return command;
    }

    internal static async Task<int> RunAsync(string db, string outDir, int? year, string site, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string[] known = ["amiens", "paris", "aubervilliers"];
        var sites = string.Equals(site, "all", StringComparison.OrdinalIgnoreCase) ? known : [site.ToLowerInvariant()];
        if (sites.Any(s => !known.Contains(s)))
        {
            error.WriteLine($"--site must be one of {string.Join(", ", known)} or all, not '{site}'.");
            return 2;
        }
        var y = year ?? TimeProvider.System.GetLocalNow().Year;
        var services = new ServiceCollection();
        services.AddInsertion(b =>
        {
            CliPlugins.Configure(b);
            b.AddIlotSites().AddContracts().AddCohorts().AddSentencing();
            DbCommand.UseStore(b, db);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var _ = provider.ConfigureAwait(false);
        try
        {
            await Insertion.Persistence.EntityFrameworkCore.InsertionDatabase.MigrateAsync(provider, ct).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a database that cannot be opened is a plain message, never a stack trace
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            error.WriteLine($"Cannot open the database: {ex.Message}");
            return 1;
        }
        var cohorts = new List<(string Site, CohortId Cohort)>();
        DateOnly to = new(y, 12, 31);
        var scope = provider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var sp = scope.ServiceProvider;
            foreach (var s in sites)
            {
                foreach (var c in (await sp.GetRequiredService<CohortService>().ListOfSiteAsync(s, ct).ConfigureAwait(false))
                    .Where(c => c.Start.Year == y).OrderBy(c => c.Id.Value, StringComparer.Ordinal))
                {
                    cohorts.Add((s, c.Id));
                    to = c.End > to ? c.End : to;
                }
            }
            foreach (var c in await sp.GetRequiredService<IRepository<CddiContract>>().ListAsync(ct).ConfigureAwait(false))
            {
                to = (c.EndedOn ?? c.End) > to ? c.EndedOn ?? c.End : to;
            }
            foreach (var m in await sp.GetRequiredService<TigService>().ListAsync(cancellationToken: ct).ConfigureAwait(false))
            {
                to = m.Deadline > to ? m.Deadline : to;
            }
        }
        var options = new SimulationOptions(sites, y, 0, null, outDir, db);
        var sizes = sites.ToDictionary(s => s, _ => new SiteSizes(0, 0, 0), StringComparer.Ordinal);
        var result = await SimulationResult.CollectAsync(provider, options, sizes, new DateOnly(y, 1, 1), to, cohorts, new Dictionary<string, int>(), 0, ct).ConfigureAwait(false);
        var written = await SimulationFiles.WriteAsync(result, outDir, ct).ConfigureAwait(false);
        output.WriteLine($"Report of {y} rebuilt from the database into {Path.GetFullPath(outDir)}: {written} files (commands and refusals of a simulation are not stored: their table is empty).");
        return 0;
    }
}
