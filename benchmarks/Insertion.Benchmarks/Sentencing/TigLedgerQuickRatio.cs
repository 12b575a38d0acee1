namespace Insertion.Benchmarks.Sentencing;

/// <summary>
/// Issue budget: TIG appends through <c>TigService.LogAsync</c> (a DI scope per command) within 3×
/// of a hand-written loop keeping the same running sums. The size is 1 000 000 appends
/// across 10 000 measures (BenchmarkDotNet's <see cref="TigLedgerBenchmarks"/>); the quick mode
/// runs 10 000 appends across 500 measures so that it stays within its 5 minutes.
/// </summary>
public sealed class TigLedgerQuickRatio : IQuickRatio, IQuickRatioRuns
{
    private readonly TigLedgerWorkload _workload = new(500, 20);

    public string Name => $"TIG ledger in memory: {_workload.Measures * _workload.EntriesPerMeasure} LogAsync across {_workload.Measures} measures vs hand-written running sums";

    public double Budget => 3;

    public int Runs => 3;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}
