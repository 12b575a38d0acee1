using BenchmarkDotNet.Attributes;

namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// BenchmarkDotNet view of the persistence figures (run: <c>dotnet run -c Release --project
/// benchmarks/Insertion.Benchmarks -- --filter *Persistence*</c>).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class PersistenceBenchmarks
{
    private LedgerAppendWorkload _single = null!;
    private LedgerAppendWorkload _batched = null!;
    private ContractLoadWorkload _load = null!;

    [Params("SQLite", "PostgreSQL")]
    public string Provider { get; set; } = "SQLite";

    [GlobalSetup]
    public void GlobalSetup()
    {
        var pg = Provider == "PostgreSQL";
        _single = new LedgerAppendWorkload(pg, 300, 1);
        _batched = new LedgerAppendWorkload(pg, 50, 22);
        _load = new ContractLoadWorkload(pg);
    }

    [IterationSetup]
    public void Setup()
    {
        _single.Setup();
        _batched.Setup();
        _load.Setup();
    }

    [Benchmark(Description = "RecordAsync ×300, one per command")]
    public long AppendSingle() => _single.Library();

    [Benchmark(Description = "raw inserts ×300, one transaction each")]
    public long RawSingle() => _single.Baseline();

    [Benchmark(Description = "RecordBatchAsync of a month (22 lines) ×50")]
    public long AppendBatched() => _batched.Library();

    [Benchmark(Description = "raw inserts ×1100, 22 per transaction")]
    public long RawBatched() => _batched.Baseline();

    [Benchmark(Description = "100 000 contracts by specification")]
    public long LoadBySpecification() => _load.Library();

    [Benchmark(Description = "100 000 contracts by raw query")]
    public long LoadRaw() => _load.Baseline();
}
