using Insertion.Contracts;

namespace Insertion.Benchmarks.Contracts;

/// <summary>
/// Budget: the CDDI daily sweep over 1 000 000 contracts runs within 3× of a hand-written loop over
/// the same data: the same contract objects, read through their properties, deciding the same
/// changes (a direct state write on a line already read costs nothing more; the aggregate keeps its
/// state private). The ratio is the cost of the sweep's machinery (the lifecycle machine, the
/// bookkeeping) over the bare scan. The portfolio is swept up to the day before, as in production,
/// so the measured day changes only the contracts due that day; those are rebuilt between runs so
/// every run sees the same data.
/// </summary>
public sealed class CddiSweepQuickRatio : IQuickRatio
{
    private const int Count = 1_000_000;
    private static readonly DateOnly Today = ContractBenchData.Base.AddDays(800);
    private CddiContract[] _contracts = [];
    private readonly List<int> _changed = [];
    private readonly List<int> _due = [];

    public string Name => "CDDI daily sweep over 1 000 000 contracts vs a hand-written loop over them";

    public double Budget => 3;

    private static CddiContract Make(int i)
    {
        var c = ContractBenchData.ActiveContract(i, ContractBenchData.Base.AddDays(i % 800), 4 + (i % 21));
        c.Sweep(Today.AddDays(-1));
        return c;
    }

    public void Setup()
    {
        if (_contracts.Length == 0)
        {
            _contracts = new CddiContract[Count];
            for (var i = 0; i < Count; i++)
            {
                _contracts[i] = Make(i);
            }
        }
        foreach (var i in _changed)
        {
            _contracts[i] = Make(i);
        }
        _changed.Clear();
        _due.Clear();
    }

    public void Library()
    {
        var contracts = _contracts;
        for (var i = 0; i < contracts.Length; i++)
        {
            if (contracts[i].Sweep(Today))
            {
                _changed.Add(i);
            }
        }
    }

    public void Baseline()
    {
        var contracts = _contracts;
        for (var i = 0; i < contracts.Length; i++)
        {
            var c = contracts[i];
            var state = c.State;
            if (state != CddiState.Ended && (c.End < Today || (state == CddiState.Trial && c.TrialEnd < Today)))
            {
                _due.Add(i);
            }
        }
    }
}
