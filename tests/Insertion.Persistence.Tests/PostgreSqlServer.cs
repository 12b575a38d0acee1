using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Insertion.Persistence.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> in a temporary folder, <c>pg_ctl start</c>
/// on a free local port (as the user <c>nobody</c> when the tests run as root, the folder handed to
/// it), stopped and removed afterwards. Missing server binaries fail the tests in CI
/// (<c>CI=true</c>); elsewhere the tests are skipped (<see cref="PostgreSqlFactAttribute"/>).
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private string _folder = "";
    private string _bin = "";
    private bool _asNobody;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The folder of initdb and pg_ctl, or null when no server is installed.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? FindBinFolder()
    {
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return null;
        }
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => b, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    public async Task InitializeAsync()
    {
        _bin = BinFolder ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) are missing: .ci/run installs them with apt-get install -y postgresql.");
        _folder = Path.Combine(Path.GetTempPath(), "insertion-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        _asNobody = Environment.UserName == "root";
        if (_asNobody)
        {
            await RunAsync("chown", ["-R", "nobody:nogroup", _folder], asNobody: false);
        }
        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8"]);
        var port = FreePort();
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off", "start"]);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Timeout=30;Command Timeout=60";
    }

    public async Task DisposeAsync()
    {
        if (_folder.Length == 0)
        {
            return;
        }
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A connection string to a new database of its own.</summary>
    public string NewDatabase() =>
        new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = "t" + Guid.NewGuid().ToString("N")[..16] }.ConnectionString;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string file, string[] args) => RunAsync(file, args, _asNobody);

    private static async Task RunAsync(string file, string[] args, bool asNobody)
    {
        var start = new ProcessStartInfo(asNobody ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
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
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSql server";
}

/// <summary>A test on the real PostgreSQL server: skipped only outside CI when no server is installed.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.BinFolder is null && !PostgreSqlServer.InCi)
        {
            Skip = "No PostgreSQL server binaries (apt-get install -y postgresql); CI never skips this.";
        }
    }
}
