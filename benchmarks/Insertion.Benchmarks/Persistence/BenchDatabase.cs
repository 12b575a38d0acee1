using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Insertion.Abstractions;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Insertion.Benchmarks.Persistence;

/// <summary>Where a benchmark host keeps its aggregates.</summary>
public enum BenchStore
{
    /// <summary>The library's in-memory store (no <c>Use*</c> call).</summary>
    InMemory,

    /// <summary>A SQLite file (<c>UseSqlite</c>).</summary>
    Sqlite,

    /// <summary>A database on a throwaway PostgreSQL cluster (<c>UsePostgreSql</c>).</summary>
    PostgreSql,
}

/// <summary>
/// A fresh host for a benchmark, wired as a host wires the library (<c>services.AddInsertion(b =>
/// b.AddContracts().AddSentencing().Use...)</c>): the in-memory store, a SQLite file in a temporary
/// folder, or a database on a throwaway PostgreSQL cluster (initdb/pg_ctl from
/// /usr/lib/postgresql, run as <c>nobody</c> under root), started once per process and stopped at exit.
/// </summary>
public sealed class BenchDatabase
{
    /// <summary>
    /// The pragmas the library sets on its SQLite connections (Insertion.Persistence.Sqlite's
    /// SqlitePragmas), set on the raw baseline's connection too so that both sides are as durable.
    /// </summary>
    public const string SqlitePragmas = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

    private static readonly Lazy<string?> Cluster = new(StartCluster);
    private static string? _clusterFolder;

    private static readonly Lazy<string> SqliteFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "insertion-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        };
        return folder;
    });

    private BenchDatabase(BenchStore store, string connectionString, ServiceProvider services)
    {
        Store = store;
        Kind = store switch { BenchStore.InMemory => "in memory", BenchStore.Sqlite => "SQLite", _ => "PostgreSQL" };
        ConnectionString = connectionString;
        Services = services;
    }

    public BenchStore Store { get; }

    public string Kind { get; }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public bool IsPostgreSql => Store == BenchStore.PostgreSql;

    /// <summary>The store's name as printed.</summary>
    public static string NameOf(BenchStore store) => store switch { BenchStore.InMemory => "in memory", BenchStore.Sqlite => "SQLite", _ => "PostgreSQL" };

    /// <summary>Why <paramref name="store"/> cannot run here, or null.</summary>
    public static string? Unavailable(BenchStore store) => store == BenchStore.PostgreSql ? PostgreSqlUnavailable : null;

    /// <summary>Why PostgreSQL cannot run here, or null.</summary>
    public static string? PostgreSqlUnavailable => BinFolder is null ? "no PostgreSQL server binaries (apt-get install -y postgresql)" : null;

    private static string? BinFolder =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;

    public static BenchDatabase Create(bool postgreSql) => Create(postgreSql ? BenchStore.PostgreSql : BenchStore.Sqlite);

    public static BenchDatabase Create(BenchStore store)
    {
        var postgreSql = store == BenchStore.PostgreSql;
        var connection = "";
        if (store == BenchStore.InMemory)
        {
        }
        else if (postgreSql)
        {
            var server = Cluster.Value ?? throw new InvalidOperationException(PostgreSqlUnavailable);
            connection = new NpgsqlConnectionStringBuilder(server) { Database = "b" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;
        }
        else
        {
            var folder = SqliteFolder.Value;
            connection = $"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N")[..12] + ".db")}";
        }
        var services = new ServiceCollection();
        services.AddInsertion(b =>
        {
            b.AddContracts().AddSentencing();
            if (store == BenchStore.InMemory)
            {
            }
            else if (postgreSql)
            {
                b.UsePostgreSql(connection);
            }
            else
            {
                b.UseSqlite(connection);
            }
        });
        var provider = services.BuildServiceProvider();
        if (store != BenchStore.InMemory)
        {
            InsertionDatabase.MigrateAsync(provider).GetAwaiter().GetResult();
        }
        return new BenchDatabase(store, connection, provider);
    }

    /// <summary>An open raw ADO.NET connection to the same database (SQLite: with the library's pragmas).</summary>
    public DbConnection OpenRaw()
    {
        if (Store == BenchStore.InMemory)
        {
            throw new InvalidOperationException("The in-memory store has no raw connection.");
        }
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        if (!IsPostgreSql)
        {
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = SqlitePragmas;
            pragmas.ExecuteNonQuery();
        }
        return connection;
    }

    /// <summary>
    /// After a setup that wrote much (a long history), brings the database to where a running one
    /// stands before timing: SQLite's write-ahead log checkpointed (else the setup's pages are written
    /// back during the timed commands), PostgreSQL's statistics analysed (as autovacuum would).
    /// </summary>
    public void Settle()
    {
        if (Store == BenchStore.InMemory)
        {
            return;
        }
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgreSql ? "ANALYZE" : "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="work"/> in a new scope, the service a host calls resolved from it.</summary>
    public T With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider.GetRequiredService<TService>()).GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="work"/> in a new scope (a command of a host).</summary>
    public T InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider).GetAwaiter().GetResult();
    }

    public IRepository<T> Repository<T>(IServiceProvider scope) where T : class, IAggregateRoot => scope.GetRequiredService<IRepository<T>>();

    private static string? StartCluster()
    {
        var bin = BinFolder;
        if (bin is null)
        {
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), "insertion-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", ["-R", "nobody:nogroup", folder], false);
        }
        var data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8"], root);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], root);
        _clusterFolder = folder;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], root);
            Directory.Delete(_clusterFolder, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static void Run(string file, string[] args, bool asNobody)
    {
        var start = new ProcessStartInfo(asNobody ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        if (asNobody)
        {
            foreach (var a in new[] { "-u", "nobody", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {error.Result}");
        }
    }
}
