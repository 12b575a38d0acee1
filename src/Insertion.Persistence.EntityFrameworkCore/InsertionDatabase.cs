using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Creates or upgrades the database schema by an explicit call (a host at start, or
/// <c>insertion db migrate --db …</c>): applies the provider package's EF Core migrations that the
/// database has not had yet, in one transaction each, under EF's migration lock (several processes
/// starting together apply them once). A database migrated by a newer version of the library (it
/// lists a migration this version does not know) is refused rather than used half-matching.
/// </summary>
public static class InsertionDatabase
{
    /// <summary>Creates or upgrades the schema in the database of <paramref name="services"/>' <see cref="InsertionDbContext"/>.</summary>
    /// <returns>True when at least one migration was applied, false when the schema was already this version's.</returns>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer version, or holds tables its migrations did not create.</exception>
    public static async Task<bool> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<InsertionDbContext>();
            return await MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates or upgrades the schema in <paramref name="db"/>'s database.</summary>
    /// <returns>True when at least one migration was applied, false when the schema was already this version's.</returns>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer version, or holds tables its migrations did not create.</exception>
    public static async Task<bool> MigrateAsync(InsertionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            throw new InvalidOperationException(
                $"The provider {db.Database.ProviderName} has no Insertion migrations: use UseSqlite or UsePostgreSql, or give the provider's migrations assembly.");
        }
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database was migrated by a newer version of Insertion (migration {unknown[^1]} is unknown to this one, whose last is {known.Max(StringComparer.Ordinal)}): use that version or a newer one.");
        }
        if (applied.Count == known.Count)
        {
            return false;
        }
        await CreateDatabaseAsync(db, cancellationToken).ConfigureAwait(false);
        var session = await SessionLock.TakeAsync(db, cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (applied.Count == 0)
        {
            throw new InvalidOperationException(
                "The database already holds tables that Insertion's migrations did not create (a database made by a build before migrations, "
                + $"or tables of the same names): give Insertion an empty database or its own schema. The server said: {e.Message}", e);
        }
        finally
        {
            await session.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>
    /// Creates the database when it does not exist (a PostgreSQL database; a SQLite file is made on
    /// opening). Several processes starting together may all try: one creates it, the others find it
    /// made meanwhile. EF's migration lock is taken only inside an existing database.
    /// </summary>
    private static async Task CreateDatabaseAsync(InsertionDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
            // Another process created it between the two questions.
        }
    }

    /// <summary>
    /// PostgreSQL: a session advisory lock held over the whole migration. EF's own migration lock
    /// on PostgreSQL lasts one migration's transaction, so that with several migrations pending, a
    /// second process could start applying one the first had not recorded yet; under this lock, the
    /// second reads the history only once the first is done. SQLite: EF's lock already spans the run.
    /// </summary>
    private sealed class SessionLock(InsertionDbContext? db)
    {
        // Any constant: the key of Insertion's migration lock among the database's advisory locks.
        private const long Key = 0x496E73657274;

        public static async Task<SessionLock> TakeAsync(InsertionDbContext db, CancellationToken cancellationToken)
        {
            if (db.Database.ProviderName != "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                return new SessionLock(null);
            }
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", cancellationToken).ConfigureAwait(false);
            return new SessionLock(db);
        }

        public async Task ReleaseAsync(CancellationToken cancellationToken)
        {
            if (db is null)
            {
                return;
            }
            try
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})", CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }
}
