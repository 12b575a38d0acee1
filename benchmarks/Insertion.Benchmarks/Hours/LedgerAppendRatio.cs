using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Benchmarks.Hours;

/// <summary>
/// Appending to a contract's worked-hours ledger and reading its balances is O(1): 200 000 appends
/// (with a balance read after each) against a hand-written running sum over the same keys and
/// day/month/year dictionaries, without the ledger's rule checks, entry records and lock.
/// </summary>
public sealed class LedgerAppendRatio : IQuickRatio
{
    private const int Count = 200_000;
    private static readonly ContractId Contract = new("c1");
    private WorkedHoursLine[] _lines = [];
    private long _sink;

    public string Name => "worked-hours ledger: append + balance vs hand-written running sum";

    public double Budget => 3;

    public void Setup()
    {
        var start = new DateOnly(2020, 1, 1);
        _lines = Enumerable.Range(0, Count)
            .Select(i => new WorkedHoursLine(Contract, start.AddDays(i / 4), new WorkMinutes(60 + (i % 120)), "k" + i, "cip-1"))
            .ToArray();
    }

    public void Library()
    {
        var ledger = new ContractHoursLedger(Contract);
        long sum = 0;
        foreach (var line in _lines)
        {
            ledger.Record(line);
            sum += ledger.Total.Minutes + ledger.OnDay(line.On).Minutes;
        }
        _sink = sum;
    }

    public void Baseline()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(DateOnly, long, string)>();
        var byDay = new Dictionary<DateOnly, long>();
        var byMonth = new Dictionary<int, long>();
        var byYear = new Dictionary<int, long>();
        long total = 0, sum = 0;
        foreach (var line in _lines)
        {
            if (!keys.Add(line.Key))
            {
                continue;
            }
            var m = line.Minutes.Minutes;
            entries.Add((line.On, m, line.Key));
            total += m;
            byDay[line.On] = byDay.GetValueOrDefault(line.On) + m;
            var month = (line.On.Year * 12) + line.On.Month;
            byMonth[month] = byMonth.GetValueOrDefault(month) + m;
            byYear[line.On.Year] = byYear.GetValueOrDefault(line.On.Year) + m;
            sum += total + byDay[line.On];
        }
        _sink = sum + entries.Count;
    }
}
