using Insertion.Abstractions;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stores the library's data in a SQLite file (the embedded default).</summary>
public static class SqliteInsertionBuilderExtensions
{
    /// <summary>
    /// Stores every aggregate in the SQLite database of <paramref name="connectionString"/>
    /// (<c>"Data Source=insertion.db"</c>): <c>services.AddInsertion(b => b.AddContracts().UseSqlite("Data Source=insertion.db"))</c>.
    /// Create or upgrade the schema (this package's migrations) with <see cref="InsertionDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/>
    /// or <c>insertion db migrate --db "Data Source=insertion.db"</c>. Several processes may share the
    /// file: writers take turns (a unit of work is one <c>BEGIN IMMEDIATE</c> transaction). Every connection
    /// the library opens runs in WAL mode with <c>synchronous=FULL</c> (a committed unit of work survives
    /// a power cut) and a 5 s <c>busy_timeout</c> (a writer waits for another's lock instead of failing).
    /// </summary>
    public static IInsertionBuilder UseSqlite(this IInsertionBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseEntityFrameworkCore(
            o => o.UseSqlite(connectionString, Migrations).AddInterceptors(Insertion.Persistence.Sqlite.SqlitePragmas.Instance),
            new StoreDialect(IsUniqueViolation));
    }

    /// <summary>The SQLite migrations live in this package.</summary>
    internal static void Migrations(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(SqliteInsertionBuilderExtensions).Assembly.GetName().Name);

    // SQLITE_CONSTRAINT_PRIMARYKEY (1555) and SQLITE_CONSTRAINT_UNIQUE (2067).
    private static bool IsUniqueViolation(Exception e) =>
        e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 };
}
