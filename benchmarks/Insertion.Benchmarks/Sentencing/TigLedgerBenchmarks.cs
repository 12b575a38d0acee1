using BenchmarkDotNet.Attributes;

namespace Insertion.Benchmarks.Sentencing;

/// <summary>BenchmarkDotNet view of the TIG ledger budget (run: <c>dotnet run -c Release --project benchmarks/Insertion.Benchmarks -- --filter *TigLedger*</c>).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class TigLedgerBenchmarks
{
    private readonly TigLedgerWorkload _workload = new();

    [IterationSetup]
    public void Setup() => _workload.Setup();

    [Benchmark(Description = "TigService.Log ×1 000 000")]
    public long Library() => _workload.Library();

    [Benchmark(Baseline = true, Description = "hand-written running sums ×1 000 000")]
    public long Baseline() => _workload.Baseline();
}
