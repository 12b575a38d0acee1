namespace Insertion.Contracts;

/// <summary>
/// Sums of the paid-hours ledgers computed where the entries are (issue 26: a summarising read does
/// not load every ledger): on a database, one <c>GROUP BY</c> over the entries of the period; in
/// memory, the ledgers' day totals. What <see cref="WorkedHoursService.PaidHoursInYearAsync"/> and
/// <see cref="EtpReporting.ReportAsync"/> read. The default reads the ledgers through their
/// repository; the EF Core store registers its SQL one.
/// </summary>
public interface IPaidHoursTotals
{
    /// <summary>
    /// The paid minutes of each day of <paramref name="period"/> that holds entries, summed over the
    /// ledgers of <paramref name="contracts"/> (every ledger when null), in order of days. A day whose
    /// entries were all reversed may appear with zero.
    /// </summary>
    Task<IReadOnlyList<DayPaidMinutes>> ByDayAsync(DateRange period, IReadOnlyCollection<ContractId>? contracts = null, CancellationToken cancellationToken = default);
}
