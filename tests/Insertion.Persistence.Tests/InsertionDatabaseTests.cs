using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>Registration and schema creation (issue 18: "migrations applied by an explicit call").</summary>
public sealed class InsertionDatabaseTests : IDisposable
{
    private readonly SqliteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sqlite_UseSqlite_replaces_the_in_memory_repositories_and_unit_of_work()
    {
        await using var store = await TestStore.SqliteAsync(_folder.NewFile());
        await store.InScopeAsync(sp =>
        {
            Assert.IsType<EfRepository<CddiContract>>(sp.GetRequiredService<IRepository<CddiContract>>());
            Assert.IsType<EfUnitOfWork>(sp.GetRequiredService<IUnitOfWork>());
            // Scoped: one context per scope, so two scopes hold separate copies.
            Assert.Same(sp.GetRequiredService<IUnitOfWork>(), sp.GetRequiredService<EfUnitOfWork>());
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Sqlite_migrate_creates_the_schema_once_then_finds_it_up_to_date()
    {
        var file = _folder.NewFile();
        await using var store = await TestStore.SqliteAsync(file);
        Assert.False(await InsertionDatabase.MigrateAsync(store.Services));
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostgreSQL")]
    public async Task The_mapping_has_no_change_that_a_migration_does_not_hold(string provider)
    {
        // A change to Mapping/ without tools/add-migration.sh fails here (and EF refuses to migrate).
        var services = new ServiceCollection();
        services.AddInsertion(b => _ = provider == "SQLite"
            ? b.UseSqlite($"Data Source={_folder.NewFile()}")
            : b.UsePostgreSql("Host=localhost;Database=never_connected"));
        await using var sp = services.BuildServiceProvider();
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsertionDbContext>().Database;
        Assert.NotEmpty(db.GetMigrations());
        Assert.False(db.HasPendingModelChanges(), $"{provider}: the mapping changed; run tools/add-migration.sh <Name>");
    }
}
