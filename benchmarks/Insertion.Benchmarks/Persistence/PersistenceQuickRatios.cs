namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// Worked hours through <see cref="Insertion.Contracts.WorkedHoursService"/>, a DI scope per command,
/// against raw ADO.NET inserts of the same rows, one durable transaction per command (quick mode).
/// Issue 26 budgets: one line per command within 3× of one raw INSERT per transaction; a month's
/// batch (22 lines) within 2× of its raw inserts in one transaction.
/// </summary>
public abstract class LedgerAppendRatio(bool postgreSql, int commands, int batch) : IQuickRatio, IOptionalQuickRatio, IQuickRatioRuns
{
    private readonly LedgerAppendWorkload _workload = new(postgreSql, commands, batch);

    public string Name => batch == 1
        ? $"{(postgreSql ? "PostgreSQL" : "SQLite")} hours RecordAsync ×{commands}, one per command vs one raw INSERT per transaction"
        : $"{(postgreSql ? "PostgreSQL" : "SQLite")} hours RecordBatchAsync of a month ({batch} lines) ×{commands} vs its raw INSERTs in one transaction";

    public double Budget => batch == 1 ? 3 : 2;

    public int Runs => 3;

    public string? Unavailable => postgreSql ? BenchDatabase.PostgreSqlUnavailable : null;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}

public sealed class SqliteLedgerAppendSingleRatio() : LedgerAppendRatio(false, 100, 1);

public sealed class SqliteLedgerAppendMonthRatio() : LedgerAppendRatio(false, 40, 22);

public sealed class PostgreSqlLedgerAppendSingleRatio() : LedgerAppendRatio(true, 100, 1);

public sealed class PostgreSqlLedgerAppendMonthRatio() : LedgerAppendRatio(true, 40, 22);

/// <summary>Loading stored contracts through a specification against a raw query (quick mode).</summary>
public abstract class ContractLoadRatio(bool postgreSql) : IQuickRatio, IOptionalQuickRatio
{
    private readonly ContractLoadWorkload _workload = new(postgreSql, QuickCount);

    /// <summary>The quick mode's count (BenchmarkDotNet's view loads 100 000).</summary>
    public const int QuickCount = 20_000;

    public string Name => $"{(postgreSql ? "PostgreSQL" : "SQLite")} load {_workload.Count} contracts by specification vs raw query";

    public double Budget => 4;

    public string? Unavailable => postgreSql ? BenchDatabase.PostgreSqlUnavailable : null;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}

public sealed class SqliteContractLoadRatio() : ContractLoadRatio(false);

public sealed class PostgreSqlContractLoadRatio() : ContractLoadRatio(true);
