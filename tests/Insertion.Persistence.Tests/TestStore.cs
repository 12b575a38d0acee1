using Insertion.Abstractions;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>A host over one database (or the in-memory store): scopes are the separate contexts of separate requests or processes.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestStore(ServiceProvider provider, string name)
    {
        _provider = provider;
        Name = name;
    }

    public string Name { get; }

    public IServiceProvider Services => _provider;

    public static async Task<TestStore> CreateAsync(Action<IInsertionBuilder>? useStore, string name, bool migrate = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock());
        services.AddInsertion(b =>
        {
            b.AddSite<ModuleTestSite>().AddContracts().AddSentencing().AddCohorts(o => o.JusticeDataPurposes = ["audit"]);
            useStore?.Invoke(b);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        if (useStore is not null && migrate)
        {
            await InsertionDatabase.MigrateAsync(provider);
        }
        return new TestStore(provider, name);
    }

    public static Task<TestStore> InMemoryAsync() => CreateAsync(null, "in-memory");

    public static Task<TestStore> SqliteAsync(string file, bool migrate = true) => CreateAsync(b => b.UseSqlite($"Data Source={file}"), "SQLite", migrate);

    public static Task<TestStore> PostgreSqlAsync(string connectionString, bool migrate = true) => CreateAsync(b => b.UsePostgreSql(connectionString), "PostgreSQL", migrate);

    /// <summary>Runs <paramref name="work"/> in a new scope (its own context).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var scope = _provider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await work(scope.ServiceProvider);
        }
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync(async sp =>
        {
            await work(sp);
            return true;
        });

    public Task<T?> FindAsync<T>(string key) where T : class, IAggregateRoot =>
        InScopeAsync(sp => sp.GetRequiredService<IRepository<T>>().GetByIdAsync(key));

    public Task AddAsync<T>(IEnumerable<T> items) where T : class, IAggregateRoot =>
        InScopeAsync(sp => sp.GetRequiredService<IRepository<T>>().AddRangeAsync(items));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

/// <summary>A folder of SQLite database files, removed afterwards.</summary>
public sealed class SqliteFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insertion-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    public SqliteFolder() => Directory.CreateDirectory(Path);

    public string NewFile() => System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N")[..12] + ".db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
