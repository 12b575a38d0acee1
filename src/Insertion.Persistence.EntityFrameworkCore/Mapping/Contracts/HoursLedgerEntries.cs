using System.Runtime.CompilerServices;
using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Loads a worked-hours ledger's entries — all of them, or only the <see cref="LedgerSlice"/> a
/// command reads (the entries with its keys or reversing them, and the minutes of each of its days
/// summed by the database: indexed queries whose cost is the slice's, not the history's) — and saves the entries appended since: those from the stored count on
/// (<see cref="ContractHoursLedger.Count"/>, on the ledger's row, which its version check makes
/// exact). The running count and total are columns of the ledger's row. Entries are only ever inserted.
/// </summary>
internal sealed class HoursLedgerEntries(StoredEntryCounts counts) : IStoredPart<ContractHoursLedger>
{
    public async Task LoadAsync(InsertionDbContext db, IReadOnlyList<ContractHoursLedger> aggregates, LedgerSlice? slice, CancellationToken cancellationToken)
    {
        var contracts = aggregates.Select(l => l.Contract).ToList();
        var sliced = slice is null
            ? new SliceRows<WorkedHoursEntry>(await db.Set<WorkedHoursEntry>().AsNoTracking().Where(e => contracts.Contains(e.Contract))
                .OrderBy(e => e.Contract).ThenBy(e => e.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false), null)
            : await LedgerSliceQuery.LoadAsync<WorkedHoursEntry>(db, "ContractHoursEntries", "Contract", contracts.ConvertAll(c => c.Value), slice,
                e => e.Contract.Value, e => e.Sequence, cancellationToken).ConfigureAwait(false);
        var byContract = sliced.Entries.GroupBy(e => e.Contract).ToDictionary(g => g.Key, g => (IReadOnlyList<WorkedHoursEntry>)g.ToList());
        foreach (var ledger in aggregates)
        {
            Restore(ledger, byContract.GetValueOrDefault(ledger.Contract) ?? [], slice, sliced.DaysOf(ledger.Contract.Value));
            counts.Remember(ledger, ledger.Count);
        }
    }

    public async Task<Action?> StageAsync(InsertionDbContext db, ContractHoursLedger aggregate, bool added, CancellationToken cancellationToken)
    {
        var contract = aggregate.Contract;
        var stored = await counts.StoredAsync(aggregate, added, () => db.Set<WorkedHoursEntry>().CountAsync(e => e.Contract == contract, cancellationToken)).ConfigureAwait(false);
        var appended = aggregate.EntriesSince(stored);
        if (appended.Count == 0)
        {
            return null;
        }
        db.AddRange(appended);
        var count = aggregate.Count;
        return () => counts.Remember(aggregate, count);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Restore")]
    private static extern void Restore(ContractHoursLedger ledger, IReadOnlyList<WorkedHoursEntry> entries, LedgerSlice? slice, IReadOnlyDictionary<DateOnly, long>? dayTotals);
}
