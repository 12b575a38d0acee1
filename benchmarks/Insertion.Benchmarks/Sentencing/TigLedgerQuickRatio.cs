namespace Insertion.Benchmarks.Sentencing;

/// <summary>Issue budget: 1 000 000 TIG appends across 10 000 measures within 3× of a hand-written loop keeping the same running sums.</summary>
public sealed class TigLedgerQuickRatio : IQuickRatio
{
    private readonly TigLedgerWorkload _workload = new();

    public string Name => "TIG ledger: 1 000 000 appends across 10 000 measures";

    public double Budget => 3;

    public void Setup() => _workload.Setup();

    public void Library() => _workload.Library();

    public void Baseline() => _workload.Baseline();
}
