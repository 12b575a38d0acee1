using System.Data.Common;
using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// Appending worked hours to ledgers stored in a database: through the library (one command per
/// append, or per batch: load the ledger by key, record, save with its version checked, entries
/// appended in the same transaction) against a raw ADO.NET insert of the same entry rows (one
/// transaction per append, or per batch).
/// </summary>
public sealed class LedgerAppendWorkload(bool postgreSql, int ledgers, int perLedger, int batch)
{
    private static readonly string[] ParameterNames = ["@c", "@s", "@o", "@m", "@k", "@a"];
    private BenchDatabase? _db;
    private WorkedHoursLine[][] _commands = [];
    private int _round;

    public int Appends => ledgers * perLedger;

    public void Setup()
    {
        _db ??= BenchDatabase.Create(postgreSql);
        _round++;
        var contracts = Enumerable.Range(0, ledgers).Select(i => new ContractId($"r{_round}-c{i:D5}")).ToList();
        _db.InScope(sp => _db.Repository<ContractHoursLedger>(sp).AddRangeAsync(contracts.Select(c => new ContractHoursLedger(c))));
        var start = new DateOnly(2026, 1, 1);
        var lines = Enumerable.Range(0, perLedger)
            .SelectMany(k => contracts.Select(c => new WorkedHoursLine(c, start.AddDays(k), new WorkMinutes(420), $"k{k}", "cip")))
            .ToList();
        // One command per batch of one ledger's lines.
        _commands = lines.GroupBy(l => l.Contract).SelectMany(g => g.Chunk(batch)).ToArray();
    }

    public long Library()
    {
        long recorded = 0;
        foreach (var command in _commands)
        {
            recorded += _db!.InScope(async sp =>
            {
                var repo = _db.Repository<ContractHoursLedger>(sp);
                return await sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
                {
                    var ledger = (await repo.GetByIdAsync(command[0].Contract.Value, ct))!;
                    var n = command.Count(line => ledger.Record(line) == RecordOutcome.Recorded);
                    await repo.UpdateAsync(ledger, ct);
                    return n;
                });
            });
        }
        return recorded;
    }

    public long Baseline()
    {
        using var connection = _db!.OpenRaw();
        var counts = new Dictionary<ContractId, long>();
        long recorded = 0;
        foreach (var command in _commands)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"ContractHoursEntries\" (\"Contract\",\"Sequence\",\"On\",\"Minutes\",\"IdempotencyKey\",\"Author\",\"Reason\",\"Reverses\") "
                + "VALUES (@c,@s,@o,@m,@k,@a,NULL,NULL)";
            var p = ParameterNames.Select(name => Add(insert, name)).ToArray();
            foreach (var line in command)
            {
                var seq = counts.GetValueOrDefault(line.Contract);
                counts[line.Contract] = seq + 1;
                p[0].Value = line.Contract.Value;
                p[1].Value = seq + 1_000_000;
                p[2].Value = _db.IsPostgreSql ? line.On : line.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                p[3].Value = line.Minutes.Minutes;
                p[4].Value = "raw-" + line.Key;
                p[5].Value = line.Author;
                recorded += insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return recorded;
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}

internal static class ServiceProviderExtensions
{
    public static T GetRequiredService<T>(this IServiceProvider services) where T : notnull =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(services);
}
