using System.Data.Common;
using System.Globalization;
using Insertion.Abstractions;
using Insertion.Benchmarks.Scale;
using Insertion.Contracts;

namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// Worked hours sent as a host sends them, each command in a DI scope of its own through
/// <see cref="WorkedHoursService"/>: one line per command (<see cref="WorkedHoursService.RecordAsync"/>)
/// or a month's lines of one contract per command (<see cref="WorkedHoursService.RecordBatchAsync"/>,
/// 22 working days of 7 h), each on its own contract whose ledger already holds 10 entries; against
/// raw ADO.NET inserts of the same entry rows, one transaction per command, on a connection as
/// durable (SQLite: the library's WAL, synchronous FULL and busy timeout; PostgreSQL: the server's
/// default synchronous commit).
/// </summary>
public sealed class LedgerAppendWorkload(bool postgreSql, int commands, int batch)
{
    private const int History = 10;
    private static readonly string[] ParameterNames = ["@c", "@s", "@o", "@m", "@k", "@a"];
    private static int _round;
    private BenchDatabase? _db;
    private WorkedHoursLine[][] _commands = [];

    public int Commands => commands;

    public int Appends => commands * batch;

    public void Setup()
    {
        _db ??= BenchDatabase.Create(postgreSql);
        var round = Interlocked.Increment(ref _round);
        var contracts = Enumerable.Range(0, commands).Select(i => $"r{round}-c{i:D5}").ToList();
        BenchLedgers.HireContracts(_db, contracts);
        BenchLedgers.FillHours(_db, contracts, History);
        // A month from the day after the history: 22 working days (Monday to Friday) of 7 h.
        var from = BenchLedgers.Start.AddDays(7);
        var days = Enumerable.Range(0, 40).Select(from.AddDays).Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).Take(batch).ToList();
        _commands = contracts.Select(c => days.Select((d, k) => new WorkedHoursLine(new ContractId(c), d, new WorkMinutes(420), $"m{k}", "bench")).ToArray()).ToArray();
    }

    public long Library()
    {
        long recorded = 0;
        foreach (var command in _commands)
        {
            recorded += command.Length == 1
                ? (_db!.With<WorkedHoursService, RecordOutcome>(s => s.RecordAsync(command[0])) == RecordOutcome.Recorded ? 1 : 0)
                : _db!.With<WorkedHoursService, WorkedHoursBatchResult>(s => s.RecordBatchAsync(new WorkedHoursBatch(command[0].Contract, command))).Outcomes.Count(o => o == RecordOutcome.Recorded);
        }
        return recorded;
    }

    public long Baseline()
    {
        using var connection = _db!.OpenRaw();
        long recorded = 0;
        foreach (var command in _commands)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"ContractHoursEntries\" (\"Contract\",\"Sequence\",\"On\",\"Minutes\",\"IdempotencyKey\",\"Author\",\"Reason\",\"Reverses\") "
                + "VALUES (@c,@s,@o,@m,@k,@a,NULL,NULL)";
            var p = ParameterNames.Select(name => Add(insert, name)).ToArray();
            var seq = 1_000_000;
            foreach (var line in command)
            {
                p[0].Value = line.Contract.Value;
                p[1].Value = seq++;
                p[2].Value = _db.IsPostgreSql ? line.On : line.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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
