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
        if (MissingSqliteFile(db) is { } missing)
        {
            // report reads a store, it never makes one: a mistyped path must not become an empty, migrated year.
            error.WriteLine($"--db: no database at '{missing}'; report opens an existing database only (write one with simulate --db).");
            return 2;
        }
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
        var held = new SortedSet<(string Site, int Year)>();
        var scopeHeld = provider.CreateAsyncScope();
        await using (scopeHeld.ConfigureAwait(false))
        {
            foreach (var s in known)
            {
                foreach (var c in await scopeHeld.ServiceProvider.GetRequiredService<CohortService>().ListOfSiteAsync(s, ct).ConfigureAwait(false))
                {
                    held.Add((s, c.Start.Year));
                }
            }
        }
        var absent = sites.Where(s => !held.Contains((s, y))).ToList();
        if (absent.Count == sites.Length)
        {
            // Contracts and TIG measures carry no site in the store: a site is known by its promotions, and a report
            // titled with a site the database does not hold would show another site's figures.
            error.WriteLine($"--site {site} --year {y}: the database holds nothing for {string.Join(", ", absent)} in {y}; it holds {(held.Count == 0 ? "no site and year" : string.Join(", ", held.Select(h => $"{h.Site} {h.Year}")))}.");
            return 2;
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

    /// <summary>The file a SQLite connection names when it does not exist (null for PostgreSQL, in-memory or an existing file).</summary>
    internal static string? MissingSqliteFile(string connection)
    {
        if (DbCommand.IsPostgreSql(connection))
        {
            return null;
        }
        string? path = connection;
        if (connection.Contains('=', StringComparison.Ordinal))
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
            path = null;
            foreach (var key in new[] { "Data Source", "DataSource", "Filename" })
            {
                if (builder.TryGetValue(key, out var value) && value is string text)
                {
                    path = text;
                }
            }
        }
        if (string.IsNullOrWhiteSpace(path) || path.Contains(":memory:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return File.Exists(path) ? null : path;
    }
}
