using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// <see cref="IPaidHoursTotals"/> in SQL: one <c>GROUP BY</c> day over the entries of the period
/// (indexed by contract and day), so that a year's figures read at most a row per day, whatever the
/// number of ledgers and entries. Plain SQL (the same on SQLite and PostgreSQL): the minutes are a
/// value-converted column, which EF Core cannot sum in LINQ. A long list of contracts is sent in
/// chunks of parameters, their sums added.
/// </summary>
internal sealed class EfPaidHoursTotals(InsertionDbContext db) : IPaidHoursTotals
{
    public async Task<IReadOnlyList<DayPaidMinutes>> ByDayAsync(DateRange period, IReadOnlyCollection<ContractId>? contracts = null, CancellationToken cancellationToken = default)
    {
        var byDay = new SortedDictionary<DateOnly, long>();
        if (contracts is null)
        {
            await AddAsync(byDay, period, [], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var chunk in SqlParameters.Chunks(contracts.Select(c => c.Value)))
            {
                await AddAsync(byDay, period, chunk, cancellationToken).ConfigureAwait(false);
            }
        }
        return byDay.Select(d => new DayPaidMinutes(d.Key, new WorkMinutes(d.Value))).ToList();
    }

    private async Task AddAsync(SortedDictionary<DateOnly, long> byDay, DateRange period, string[] contracts, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { period.Start, period.End };
        var filter = "";
        if (contracts.Length > 0)
        {
            filter = " AND \"Contract\" IN (" + SqlParameters.List(2, contracts.Length) + ")";
            parameters.AddRange(contracts);
        }
#pragma warning disable EF1002, EF1003 // The SQL text holds only placeholders; every value is a parameter.
        var rows = await db.Database.SqlQueryRaw<DayRow>(
            "SELECT \"On\" AS \"Day\", SUM(\"Minutes\") AS \"Minutes\" FROM \"ContractHoursEntries\" WHERE \"On\" >= {0} AND \"On\" <= {1}" + filter + " GROUP BY \"On\"",
            [.. parameters]).ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002, EF1003
        foreach (var r in rows)
        {
            byDay[r.Day] = byDay.GetValueOrDefault(r.Day) + r.Minutes;
        }
    }

    private sealed class DayRow
    {
        public DateOnly Day { get; set; }

        public long Minutes { get; set; }
    }
}
