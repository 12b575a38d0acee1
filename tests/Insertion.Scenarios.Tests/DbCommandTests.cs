using Insertion.Cli;
using Microsoft.Data.Sqlite;

namespace Insertion.Scenarios.Tests;

/// <summary><c>insertion db migrate --db</c> (issue 18: "migrations applied by an explicit call and by insertion db migrate").</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-db-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await InsertionCommand.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_applies_the_migrations_once_then_finds_nothing_to_apply()
    {
        var db = Path.Combine(_dir, "site.db");
        var first = await RunAsync("db", "migrate", "--db", db);
        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("migrations applied", first.Out, StringComparison.Ordinal);
        var again = await RunAsync("db", "migrate", "--db", $"Data Source={db}");
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("nothing to apply", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_refuses_a_database_whose_tables_it_did_not_create_with_a_plain_message()
    {
        var db = Path.Combine(_dir, "foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE \"CddiContracts\" (\"Id\" integer PRIMARY KEY)";
            await create.ExecuteNonQueryAsync();
        }
        var (exit, output, err) = await RunAsync("db", "migrate", "--db", db);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("did not create", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal); // no stack trace
    }
}
