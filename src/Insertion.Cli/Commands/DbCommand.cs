using System.CommandLine;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Cli.Commands;

/// <summary>
/// <c>insertion db migrate --db &lt;connection&gt;</c>: creates or upgrades the library's schema in a
/// database (applies the provider's migrations it has not had yet). A connection string starting with <c>Host=</c> is
/// PostgreSQL; anything else is SQLite (<c>"Data Source=insertion.db"</c>, or a bare file name).
/// </summary>
internal static class DbCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = "Connection string: \"Host=...\" for PostgreSQL, \"Data Source=insertion.db\" (or a file name) for SQLite.", Required = true };
        var migrate = new Command("migrate", "Create or upgrade the schema in the database (apply the migrations it has not had yet).") { db };
        migrate.SetAction((parse, ct) => MigrateAsync(parse.GetRequiredValue(db), output, error, ct));
        return new Command("db", "Manage the database the library stores its data in.") { migrate };
    }

    /// <summary>Registers the store of <paramref name="connection"/> on <paramref name="builder"/>: PostgreSQL for <c>Host=</c>, SQLite otherwise.</summary>
    public static void UseStore(Abstractions.IInsertionBuilder builder, string connection)
    {
        if (IsPostgreSql(connection))
        {
            builder.UsePostgreSql(connection);
        }
        else
        {
            builder.UseSqlite(connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}");
        }
    }

    /// <summary>Whether <paramref name="connection"/> names PostgreSQL (<c>Host=</c>); SQLite otherwise.</summary>
    internal static bool IsPostgreSql(string connection) => connection.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> MigrateAsync(string connection, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connection))
        {
            await error.WriteLineAsync("--db needs a connection string").ConfigureAwait(false);
            return 2;
        }
        var services = new ServiceCollection();
        services.AddInsertion(b => UseStore(b, connection));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var kind = IsPostgreSql(connection) ? "PostgreSQL" : "SQLite";
        try
        {
            var created = await InsertionDatabase.MigrateAsync(provider, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(created ? $"{kind}: migrations applied, schema up to date" : $"{kind}: schema up to date, nothing to apply").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            // The connection string itself is never printed (it may hold a password).
            await error.WriteLineAsync($"{kind}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
