using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>
/// The SQLite connections the library opens (docs/performance.md, "Benchmarks and SQLite
/// durability"): WAL journal, synchronous FULL, a 5 s busy timeout, so that two writers take turns.
/// </summary>
public sealed class SqlitePragmaTests : IDisposable
{
    private readonly SqliteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<string> PragmaAsync(IServiceProvider scope, string name)
    {
        var db = scope.GetRequiredService<InsertionDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {name}";
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task Sqlite_a_connection_of_the_library_runs_in_WAL_with_synchronous_FULL_and_a_busy_timeout()
    {
        await using var store = await TestStore.SqliteAsync(_folder.NewFile());
        var (journal, synchronous, busy) = await store.InScopeAsync(async sp =>
            (await PragmaAsync(sp, "journal_mode"), await PragmaAsync(sp, "synchronous"), await PragmaAsync(sp, "busy_timeout")));
        Assert.Equal("wal", journal);
        Assert.Equal("2", synchronous); // FULL
        Assert.Equal("5000", busy);
    }

    [Fact]
    public async Task Sqlite_WAL_is_stored_in_the_file_a_raw_connection_finds_it()
    {
        var file = _folder.NewFile();
        await using (await TestStore.SqliteAsync(file))
        {
        }
        SqliteConnection.ClearAllPools();
        using var raw = new SqliteConnection($"Data Source={file};Pooling=False");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    /// <summary>
    /// Microsoft.Data.Sqlite's own retry gives up after the command timeout (here 1 s); the busy
    /// timeout makes the second writer wait inside SQLite for the first one's commit (after 1.5 s),
    /// so it neither fails with SQLITE_BUSY nor loses its row.
    /// </summary>
    [Fact]
    public async Task Sqlite_two_contexts_writing_at_once_take_turns_instead_of_failing_with_database_locked()
    {
        var file = _folder.NewFile();
        await using var store = await TestStore.CreateAsync(b => b.UseSqlite($"Data Source={file};Default Timeout=1"), "SQLite");
        var firstHolds = new TaskCompletionSource();
        var first = store.InScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            await sp.GetRequiredService<IRepository<ContractHoursLedger>>().AddAsync(new ContractHoursLedger(new ContractId("first")), ct);
            firstHolds.SetResult();
            await Task.Delay(1500, ct);
            return true;
        }));
        await firstHolds.Task;
        var second = store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IRepository<ContractHoursLedger>>().AddAsync(new ContractHoursLedger(new ContractId("second")));
            return true;
        });
        await Task.WhenAll(first, second);
        Assert.NotNull(await store.FindAsync<ContractHoursLedger>("first"));
        Assert.NotNull(await store.FindAsync<ContractHoursLedger>("second"));
    }
}
