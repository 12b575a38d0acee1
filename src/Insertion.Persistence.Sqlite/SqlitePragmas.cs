using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Insertion.Persistence.Sqlite;

/// <summary>
/// Sets the library's SQLite pragmas on every connection it opens (docs/performance.md, "Benchmarks
/// and SQLite durability"): <c>busy_timeout</c> first, so that a writer waits for another rather
/// than failing with SQLITE_BUSY; <c>journal_mode=WAL</c> (stored in the file: readers do not block
/// the writer, and a commit appends to the log instead of rewriting pages); <c>synchronous=FULL</c>
/// (each commit is synced to the log: a power cut loses no committed unit of work). A pooled
/// connection keeps the settings, and the statements cost a few microseconds against a commit's
/// sync, so they are run at each open rather than tracked.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>How long a connection waits for another writer's lock before SQLITE_BUSY, in milliseconds.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>The statements run at each open.</summary>
    public const string Statements = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

    /// <summary>The one instance (stateless).</summary>
    public static readonly SqlitePragmas Instance = new();

    private SqlitePragmas()
    {
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Statements;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
