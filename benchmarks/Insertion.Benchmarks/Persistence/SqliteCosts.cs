using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// <c>--sqlite-costs</c>: what the library's SQLite pragmas cost here (docs/performance.md): a
/// one-row commit in WAL with synchronous FULL against NORMAL, and a pooled open with and without
/// the pragma statements.
/// </summary>
internal static class SqliteCosts
{
    public static int Run(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "insertion-bench-costs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder, "costs.db")}";
            using (var setup = new SqliteConnection(connectionString))
            {
                setup.Open();
                Execute(setup, BenchDatabase.SqlitePragmas + " CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);");
            }
            foreach (var synchronous in new[] { "FULL", "NORMAL" })
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                Execute(connection, $"PRAGMA synchronous = {synchronous};");
                const int commits = 300;
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < commits; i++)
                {
                    using var transaction = connection.BeginTransaction();
                    using var insert = connection.CreateCommand();
                    insert.Transaction = transaction;
                    insert.CommandText = "INSERT INTO t (v) VALUES ('x')";
                    insert.ExecuteNonQuery();
                    transaction.Commit();
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite WAL, synchronous {synchronous}: {sw.Elapsed.TotalMilliseconds * 1000 / commits:0} µs per one-row commit"));
            }
            foreach (var pragmas in new[] { false, true })
            {
                const int opens = 5000;
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < opens; i++)
                {
                    using var connection = new SqliteConnection(connectionString);
                    connection.Open();
                    if (pragmas)
                    {
                        Execute(connection, BenchDatabase.SqlitePragmas);
                    }
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite pooled open{(pragmas ? " + the library's pragmas" : "")}: {sw.Elapsed.TotalMilliseconds * 1000 / opens:0.0} µs"));
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
