using Insertion.Abstractions;
using Insertion.Benchmarks.Persistence;
using Insertion.Contracts;
using Insertion.Sentencing;

namespace Insertion.Benchmarks.Scale;

/// <summary>
/// One append per command, as a host sends them (a DI scope per command, the public service:
/// <see cref="WorkedHoursService.RecordAsync"/> or <see cref="TigService.LogAsync"/>), on ledgers
/// holding <c>history</c> entries. Short histories (up to 100) get fresh ledgers each round, one per
/// command, so every command appends at exactly that length; long ones share one ledger, which the
/// rounds lengthen by a few per cent at most.
/// </summary>
public sealed class HistoryAppendWorkload(BenchStore store, bool tig, int history, int commands)
{
    private static int _names;
    private BenchDatabase? _db;
    private (string Ledger, int Index)[] _targets = [];
    private string? _shared;
    private int _next;

    public BenchStore Store => store;

    public int History => history;

    public int Commands => commands;

    public void Setup()
    {
        _db ??= BenchDatabase.Create(store);
        var fresh = history <= 100;
        if (fresh || _shared is null)
        {
            var ids = Enumerable.Range(0, fresh ? commands : 1).Select(_ => $"{(tig ? "m" : "c")}{Interlocked.Increment(ref _names):D6}").ToList();
            if (tig)
            {
                BenchLedgers.SentenceAndFill(_db, ids, history);
            }
            else
            {
                BenchLedgers.HireContracts(_db, ids);
                BenchLedgers.FillHours(_db, ids, history);
            }
            _shared = fresh ? null : ids[0];
            _next = history;
            _targets = fresh ? ids.Select(id => (id, history)).ToArray() : [];
        }
        if (!fresh)
        {
            _targets = Enumerable.Range(_next, commands).Select(i => (_shared!, i)).ToArray();
            _next += commands;
        }
        _db.Settle();
    }

    public void Run()
    {
        var db = _db!;
        foreach (var (ledger, i) in _targets)
        {
            if (tig)
            {
                db.With<TigService, TigLogResult>(s => s.LogAsync(new MeasureId(ledger), BenchLedgers.TigDay(i), new WorkMinutes(2), TigEntryKind.Task, "t" + i, "bench"));
            }
            else
            {
                db.With<WorkedHoursService, RecordOutcome>(s => s.RecordAsync(BenchLedgers.HoursLine(ledger, i)));
            }
        }
    }
}

/// <summary>
/// Issue 26: one append through the service at 10 000 entries of history costs at most 1.5× one at
/// 10 (the ledger's append cost does not grow with its history).
/// </summary>
public abstract class AppendAtHistoryRatio(BenchStore store, bool tig, int commands) : IQuickRatio, IOptionalQuickRatio, IQuickRatioRuns
{
    private readonly HistoryAppendWorkload _long = new(store, tig, 10_000, commands);
    private readonly HistoryAppendWorkload _short = new(store, tig, 10, commands);

    public string Name => $"{BenchDatabase.NameOf(store)} {(tig ? "TIG LogAsync" : "hours RecordAsync")} ×{commands}, one per command: at 10 000 entries of history vs at 10";

    public double Budget => 1.5;

    public int Runs => 3;

    public string? Unavailable => BenchDatabase.Unavailable(store);

    public void Setup()
    {
        _long.Setup();
        _short.Setup();
    }

    public void Library() => _long.Run();

    public void Baseline() => _short.Run();
}

public sealed class InMemoryHoursAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.InMemory, false, 100);

public sealed class SqliteHoursAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.Sqlite, false, 20);

public sealed class PostgreSqlHoursAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.PostgreSql, false, 20);

public sealed class InMemoryTigAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.InMemory, true, 100);

public sealed class SqliteTigAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.Sqlite, true, 20);

public sealed class PostgreSqlTigAppendAtHistoryRatio() : AppendAtHistoryRatio(BenchStore.PostgreSql, true, 20);
