namespace Insertion.Contracts;

/// <summary>
/// The default <see cref="IPaidHoursTotals"/>: the ledgers read through their repository (the
/// in-memory store shares their entries instead of copying them), each one's day totals summed.
/// </summary>
internal sealed class LedgerPaidHoursTotals(IRepository<ContractHoursLedger> ledgers) : IPaidHoursTotals
{
    public async Task<IReadOnlyList<DayPaidMinutes>> ByDayAsync(DateRange period, IReadOnlyCollection<ContractId>? contracts = null, CancellationToken cancellationToken = default)
    {
        var read = contracts is null
            ? await ledgers.ListAsync(cancellationToken).ConfigureAwait(false)
            : await ledgers.ListAsync(new LedgersOfContractsSpec(contracts), cancellationToken).ConfigureAwait(false);
        var byDay = new SortedDictionary<DateOnly, long>();
        foreach (var ledger in read)
        {
            foreach (var (day, minutes) in ledger.DayTotals(period))
            {
                byDay[day] = byDay.GetValueOrDefault(day) + minutes.Minutes;
            }
        }
        return byDay.Select(d => new DayPaidMinutes(d.Key, new WorkMinutes(d.Value))).ToList();
    }
}
