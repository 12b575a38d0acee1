using Insertion.Contracts;

namespace Insertion.Benchmarks.Contracts;

/// <summary>Budget: a CDDI transition costs at most 2× a bare Stateless fire with external state.</summary>
public sealed class CddiTransitionQuickRatio : IQuickRatio
{
    private const int Contracts = 5_000;
    private const int Pairs = 100;
    private CddiContract[] _contracts = [];
    private ContractBenchData.BareHolder[] _bare = [];

    public string Name => "CDDI transition (suspend/resume through the aggregate) vs bare Stateless Fire";

    public double Budget => 2;

    public void Setup()
    {
        if (_contracts.Length == 0)
        {
            _bare = Enumerable.Range(0, Contracts).Select(_ => new ContractBenchData.BareHolder()).ToArray();
        }
        _contracts = Enumerable.Range(0, Contracts).Select(i =>
        {
            var c = ContractBenchData.ActiveContract(i, ContractBenchData.Base, 24);
            c.ConfirmTrial(ContractBenchData.Base);
            return c;
        }).ToArray();
    }

    public void Library()
    {
        var day = ContractBenchData.Base.AddDays(40);
        foreach (var c in _contracts)
        {
            for (var i = 0; i < Pairs; i++)
            {
                c.Suspend(day, CddiSuspensionReason.Pmsmp);
                c.Resume(day);
            }
        }
    }

    public void Baseline()
    {
        foreach (var b in _bare)
        {
            var m = b.Machine;
            for (var i = 0; i < Pairs; i++)
            {
                m.Fire(CddiTrigger.Suspend);
                m.Fire(CddiTrigger.Resume);
            }
        }
    }
}
