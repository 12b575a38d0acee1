using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Loads a worked-hours ledger by replaying its stored entries in order (the ledger rebuilds its
/// running sums as it did when they were recorded), and saves the entries appended since: those
/// past the stored count, which the version check of the ledger's row makes exact. Entries are
/// only ever inserted.
/// </summary>
internal sealed class HoursLedgerEntries(StoredEntryCounts counts) : IStoredPart<ContractHoursLedger>
{
    public async Task LoadAsync(InsertionDbContext db, IReadOnlyList<ContractHoursLedger> aggregates, CancellationToken cancellationToken)
    {
        var byContract = aggregates.ToDictionary(l => l.Contract);
        var contracts = byContract.Keys.ToList();
        var entries = await db.Set<WorkedHoursEntry>().AsNoTracking()
            .Where(e => contracts.Contains(e.Contract))
            .OrderBy(e => e.Contract).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var e in entries)
        {
            var ledger = byContract[e.Contract];
            if (e.Reverses is null)
            {
                ledger.Record(new WorkedHoursLine(e.Contract, e.On, e.Minutes, e.Key, e.Author, e.Reason));
            }
            else
            {
                ledger.Reverse(new HoursReversal(e.Contract, e.Reverses, e.Key, e.Author, e.Reason));
            }
        }
        foreach (var ledger in aggregates)
        {
            counts.Remember(ledger, ledger.Entries.Count);
        }
    }

    public async Task SaveAsync(InsertionDbContext db, Func<CancellationToken, Task> saveChanges, ContractHoursLedger aggregate, bool added, CancellationToken cancellationToken)
    {
        var contract = aggregate.Contract;
        var stored = await counts.StoredAsync(aggregate, added, () => db.Set<WorkedHoursEntry>().CountAsync(e => e.Contract == contract, cancellationToken)).ConfigureAwait(false);
        var entries = aggregate.Entries;
        if (entries.Count <= stored)
        {
            return;
        }
        db.AddRange(entries.Skip(stored));
        await saveChanges(cancellationToken).ConfigureAwait(false);
        counts.Remember(aggregate, entries.Count);
    }
}
