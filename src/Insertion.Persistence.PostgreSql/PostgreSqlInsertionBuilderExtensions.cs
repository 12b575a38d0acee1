using Insertion.Abstractions;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stores the library's data on a PostgreSQL server (a network of sites over one database).</summary>
public static class PostgreSqlInsertionBuilderExtensions
{
    /// <summary>
    /// Stores every aggregate in the PostgreSQL database of <paramref name="connectionString"/>
    /// (<c>"Host=db;Database=insertion;Username=insertion;Password=..."</c>):
    /// <c>services.AddInsertion(b => b.AddContracts().UsePostgreSql(connectionString))</c>. Create or
    /// upgrade the schema (this package's migrations) with <see cref="InsertionDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/>
    /// or <c>insertion db migrate --db "Host=..."</c>.
    /// </summary>
    public static IInsertionBuilder UsePostgreSql(this IInsertionBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseEntityFrameworkCore(
            o => o.UseNpgsql(connectionString, Migrations),
            new StoreDialect(IsUniqueViolation));
    }

    /// <summary>The PostgreSQL migrations live in this package.</summary>
    internal static void Migrations(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(PostgreSqlInsertionBuilderExtensions).Assembly.GetName().Name);

    // 23505: unique_violation (primary keys and unique indexes).
    private static bool IsUniqueViolation(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
