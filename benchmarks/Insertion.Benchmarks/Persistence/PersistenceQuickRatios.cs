namespace Insertion.Benchmarks.Persistence;

/// <summary>Hours-ledger appends through the library against raw inserts of the same rows (quick mode).</summary>
public abstract class LedgerAppendRatio(bool postgreSql, int perLedger, int batch) : IQuickRatio, IOptionalQuickRatio
{
    private readonly LedgerAppendWorkload _workload = new(postgreSql, 50, perLedger, batch);

    public string Name => $"{(postgreSql ? "PostgreSQL" : "SQLite")} hours-ledger appends ×{_workload.Appends} ({(batch == 1 ? "one per command" : $"{batch} per command")}) vs raw ADO.NET inserts";

    public abstract double Budget { get; }

    public string? Unavailable => postgreSql ? BenchDatabase.PostgreSqlUnavailable : null;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}

public sealed class SqliteLedgerAppendSingleRatio() : LedgerAppendRatio(false, 6, 1)
{
    public override double Budget => 8;
}

public sealed class SqliteLedgerAppendBatchRatio() : LedgerAppendRatio(false, 40, 40)
{
    public override double Budget => 8;
}

public sealed class PostgreSqlLedgerAppendSingleRatio() : LedgerAppendRatio(true, 6, 1)
{
    public override double Budget => 8;
}

public sealed class PostgreSqlLedgerAppendBatchRatio() : LedgerAppendRatio(true, 40, 40)
{
    public override double Budget => 8;
}

/// <summary>Loading 100 000 contracts through a specification against a raw query (quick mode).</summary>
public abstract class ContractLoadRatio(bool postgreSql) : IQuickRatio, IOptionalQuickRatio
{
    private readonly ContractLoadWorkload _workload = new(postgreSql);

    public string Name => $"{(postgreSql ? "PostgreSQL" : "SQLite")} load {_workload.Count} contracts by specification vs raw query";

    public double Budget => 4;

    public string? Unavailable => postgreSql ? BenchDatabase.PostgreSqlUnavailable : null;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}

public sealed class SqliteContractLoadRatio() : ContractLoadRatio(false);

public sealed class PostgreSqlContractLoadRatio() : ContractLoadRatio(true);
