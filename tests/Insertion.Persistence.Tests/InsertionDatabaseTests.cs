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

    [Fact]
    public async Task Sqlite_a_database_of_another_schema_is_refused_not_used()
    {
        var file = _folder.NewFile();
        await using var store = await TestStore.SqliteAsync(file);
        await store.InScopeAsync(sp => sp.GetRequiredService<InsertionDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"InsertionSchema\" SET \"Fingerprint\" = 'ABCDEF0123456789ABCDEF'"));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => InsertionDatabase.MigrateAsync(store.Services));
        Assert.Contains("ABCDEF012345", e.Message, StringComparison.Ordinal);
    }
}
