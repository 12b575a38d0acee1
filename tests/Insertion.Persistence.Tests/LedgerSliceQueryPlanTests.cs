using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Data.Sqlite;

namespace Insertion.Persistence.Tests;

/// <summary>
/// Issue 26, point 1: a command reads the entries of its slice by index, never by reading the
/// ledger's history. The plan SQLite (as bundled with Microsoft.Data.Sqlite) chooses for the slice's
/// SQL (<c>LedgerSliceQuery.EntriesSql</c>) searches the (ledger, key) and (ledger, reversed key)
/// indexes and scans nothing, for one ledger or several and one key or several.
/// </summary>
public sealed class LedgerSliceQueryPlanTests : IDisposable
{
    private readonly SqliteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, int, int> Shapes() => new()
    {
        { "ContractHoursEntries", "Contract", 1, 1 },
        { "ContractHoursEntries", "Contract", 1, 22 },
        { "ContractHoursEntries", "Contract", 3, 2 },
        { "TigEntries", "Measure", 1, 1 },
        { "TigEntries", "Measure", 2, 5 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Slice_entries_are_read_by_index_searches_never_by_a_scan_of_the_ledger(string table, string ledgerColumn, int ledgers, int keys)
    {
        var file = _folder.NewFile();
        await using (await TestStore.SqliteAsync(file))
        {
        }
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        var sql = LedgerSliceQuery.EntriesSql(table, ledgerColumn, ledgers, keys);
        for (var i = 0; i < ledgers + keys; i++)
        {
            sql = sql.Replace("{" + i + "}", "@p" + i, StringComparison.Ordinal);
            command.Parameters.AddWithValue("@p" + i, i < ledgers ? "ledger" + i : "key" + i);
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }
        var all = string.Join(" | ", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal) && step.Contains($"_{ledgerColumn}_IdempotencyKey", StringComparison.Ordinal));
        Assert.True(plan.Any(step => step.StartsWith("SEARCH", StringComparison.Ordinal) && step.Contains($"_{ledgerColumn}_Reverses", StringComparison.Ordinal)), all);
        Assert.DoesNotContain("TEMP B-TREE", all, StringComparison.Ordinal);
    }
}
