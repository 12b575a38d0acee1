using Insertion.Persistence.EntityFrameworkCore;
using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>
/// Issue 18, "migrations for both, applied by an explicit call": what <see cref="InsertionDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/>
/// does on a real database, run on SQLite files and on a PostgreSQL server by the derived classes.
/// </summary>
public abstract class MigrationContractTests
{
    /// <summary>A host over a new, empty database; <paramref name="database"/> names the same database again when given.</summary>
    protected abstract Task<TestStore> UnmigratedStoreAsync(string? database = null);

    /// <summary>The database of the last <see cref="UnmigratedStoreAsync"/> call.</summary>
    protected abstract string LastDatabase { get; }

    protected async Task MigrateAppliesEveryMigrationOnceEvenFromProcessesStartingTogether()
    {
        // Six hosts start together over a database that does not exist yet (PostgreSQL) or is empty (SQLite).
        await using var first = await UnmigratedStoreAsync();
        var database = LastDatabase;
        await using var second = await UnmigratedStoreAsync(database);
        await using var third = await UnmigratedStoreAsync(database);
        await using var fourth = await UnmigratedStoreAsync(database);
        await using var fifth = await UnmigratedStoreAsync(database);
        await using var sixth = await UnmigratedStoreAsync(database);
        var hosts = new[] { first, second, third, fourth, fifth, sixth };
        using var go = new Barrier(hosts.Length);
        var applied = await Task.WhenAll(hosts.Select(h => Task.Run(() =>
        {
            go.SignalAndWait(TimeSpan.FromMinutes(1));
            return InsertionDatabase.MigrateAsync(h.Services);
        })));
        Assert.Contains(true, applied);
        await first.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InsertionDbContext>().Database;
            Assert.Equal(db.GetMigrations(), await db.GetAppliedMigrationsAsync());
            Assert.Empty(await db.GetPendingMigrationsAsync());
        });
        Assert.False(await InsertionDatabase.MigrateAsync(first.Services));
        // The schema works: a contract written by one host is read by another.
        var contract = new Generators(5).Contract(0);
        await second.AddAsync([contract]);
        Assert.NotNull(await third.FindAsync<Insertion.Contracts.CddiContract>(contract.Key));
    }

    protected async Task ADatabaseMigratedByANewerVersionIsRefused()
    {
        await using var store = await UnmigratedStoreAsync();
        Assert.True(await InsertionDatabase.MigrateAsync(store.Services));
        await store.InScopeAsync(sp => sp.GetRequiredService<InsertionDbContext>().Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('99990101000000_FromALaterRelease', '10.0.15')"));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => InsertionDatabase.MigrateAsync(store.Services));
        Assert.Contains("99990101000000_FromALaterRelease", e.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", e.Message, StringComparison.Ordinal);
    }

    protected async Task TablesTheMigrationsDidNotCreateAreRefusedNotMerged()
    {
        await using var store = await UnmigratedStoreAsync();
        await store.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InsertionDbContext>().Database;
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync())
            {
                await creator.CreateAsync(); // an empty database (PostgreSQL); SQLite makes its file on opening
            }
            await db.ExecuteSqlRawAsync("CREATE TABLE \"CddiContracts\" (\"Id\" integer PRIMARY KEY)");
        });
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => InsertionDatabase.MigrateAsync(store.Services));
        Assert.Contains("did not create", e.Message, StringComparison.Ordinal);
        await store.InScopeAsync(async sp =>
            Assert.Empty(await sp.GetRequiredService<InsertionDbContext>().Database.GetAppliedMigrationsAsync()));
    }

    /// <summary>
    /// Issue 26: the columns that hold running values (a ledger's count and total, a measure's entry
    /// count) and the sweeps' due dates are filled, on upgrade, from what a database stored before
    /// them: taken back to the first schema (the later migrations' Down drops them), then migrated,
    /// every ledger loads whole with its count checked against its entries and its total as before,
    /// and the sweeps' specifications select exactly the contracts and measures due.
    /// </summary>
    protected async Task AnUpgradeFillsTheRunningTotalsAndDueDatesFromWhatIsStored()
    {
        await using var store = await UnmigratedStoreAsync();
        Assert.True(await InsertionDatabase.MigrateAsync(store.Services));
        var g = new Generators(26);
        var generated = Enumerable.Range(0, 40).Select(i => g.Contract(i)).ToList();
        var ledgers = Enumerable.Range(0, 40).Select(g.Ledger).Where(l => l.Count > 0).ToList();
        await store.AddAsync(generated);
        await store.AddAsync(ledgers);
        await ModuleYear.RunAsync(store, 26);
        // The module year runs the daily sweeps too: what is stored now is what the upgrade must keep.
        var contracts = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<CddiContract>>().ListAsync());
        var measures = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<TigMeasure>>().ListAsync());
        Assert.Contains(measures, m => m.EntryCount > 0);
        await AssertDueAsync();
        await store.InScopeAsync(sp => sp.GetRequiredService<InsertionDbContext>().GetService<IMigrator>().MigrateAsync("InitialSchema"));
        Assert.True(await InsertionDatabase.MigrateAsync(store.Services));
        foreach (var ledger in ledgers)
        {
            var loaded = await store.FindAsync<ContractHoursLedger>(ledger.Key);
            Assert.NotNull(loaded);
            Assert.Equal((ledger.Count, ledger.Total, ledger.Entries.Count), (loaded.Count, loaded.Total, loaded.Entries.Count));
        }
        foreach (var m in measures)
        {
            var loaded = await store.FindAsync<TigMeasure>(m.Key);
            Assert.NotNull(loaded);
            Assert.Equal((m.EntryCount, m.Done), (loaded.EntryCount, loaded.Done));
        }
        await AssertDueAsync();
        Assert.Contains(contracts, c => c.SweepDueOn <= new DateOnly(2026, 1, 5));

        async Task AssertDueAsync()
        {
        foreach (var day in new[] { new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 30), new DateOnly(2026, 1, 5), new DateOnly(2027, 12, 31) })
        {
            var dueContracts = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<CddiContract>>().ListAsync(new ContractsDueForSweepSpec(day)));
            Assert.Equal(contracts.Where(c => c.SweepDueOn <= day).Select(c => c.Key).Order(StringComparer.Ordinal), dueContracts.Select(c => c.Key).Order(StringComparer.Ordinal));
            var dueMeasures = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<TigMeasure>>().ListAsync(new OverdueCandidatesSpec(day)));
            Assert.Equal(measures.Where(m => m.OverdueDueOn <= day).Select(m => m.Key).Order(StringComparer.Ordinal), dueMeasures.Select(m => m.Key).Order(StringComparer.Ordinal));
        }
        }
    }
}
