using BenchmarkDotNet.Attributes;
using Insertion.Contracts;

namespace Insertion.Benchmarks.Contracts;

/// <summary>
/// A CDDI transition (suspend then resume: twin checks, the shared machine, the change) against a
/// bare Stateless fire with external state (budget: at most 2×, under 1 KB allocated).
/// Each invocation runs 1 024 transitions on a fresh contract (its hire amortised over them).
/// </summary>
[MemoryDiagnoser]
public class CddiTransitionBenchmarks
{
    private const int Pairs = 512;
    private readonly ContractBenchData.BareHolder _bare = new();
    private int _n;

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs * 2)]
    public void BareFire()
    {
        var m = _bare.Machine;
        for (var i = 0; i < Pairs; i++)
        {
            m.Fire(CddiTrigger.Suspend);
            m.Fire(CddiTrigger.Resume);
        }
    }

    [Benchmark(OperationsPerInvoke = Pairs * 2)]
    public void ContractTransition()
    {
        var c = ContractBenchData.ActiveContract(_n++, ContractBenchData.Base, 24);
        c.ConfirmTrial(ContractBenchData.Base);
        var day = ContractBenchData.Base.AddDays(40);
        for (var i = 0; i < Pairs; i++)
        {
            c.Suspend(day, CddiSuspensionReason.Pmsmp);
            c.Resume(day);
        }
    }
}
