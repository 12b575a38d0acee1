using System.Runtime.CompilerServices;
using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Loads a TIG measure's ledger entries in order (the sums done and pedagogical are stored on the
/// measure's row, as the aggregate keeps them), and saves the entries appended since: those past
/// the stored count, which the version check of the measure's row makes exact. Entries are only
/// ever inserted; a replayed key is refused by the unique index (a conflict, retried by the caller).
/// </summary>
internal sealed class TigLedgerEntries(StoredEntryCounts counts) : IStoredPart<TigMeasure>
{
    public async Task LoadAsync(InsertionDbContext db, IReadOnlyList<TigMeasure> aggregates, CancellationToken cancellationToken)
    {
        var byId = aggregates.ToDictionary(m => m.Id);
        foreach (var m in aggregates)
        {
            // Materialised without a constructor: the list is created here, then filled.
            EntriesOf(m) = [];
        }
        var ids = byId.Keys.ToList();
        var rows = await db.Set<TigEntryRow>().AsNoTracking()
            .Where(e => ids.Contains(e.Measure))
            .OrderBy(e => e.Measure).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            EntriesOf(byId[row.Measure]).Add(row.ToEntry());
        }
        foreach (var m in aggregates)
        {
            counts.Remember(m, EntriesOf(m).Count);
        }
    }

    public async Task SaveAsync(InsertionDbContext db, Func<CancellationToken, Task> saveChanges, TigMeasure aggregate, bool added, CancellationToken cancellationToken)
    {
        var id = aggregate.Id;
        var stored = await counts.StoredAsync(aggregate, added, () => db.Set<TigEntryRow>().CountAsync(e => e.Measure == id, cancellationToken)).ConfigureAwait(false);
        var entries = aggregate.Entries;
        if (entries.Count <= stored)
        {
            return;
        }
        db.AddRange(entries.Skip(stored).Select(e => TigEntryRow.Of(id, e)));
        await saveChanges(cancellationToken).ConfigureAwait(false);
        counts.Remember(aggregate, entries.Count);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_entries")]
    private static extern ref List<TigEntry> EntriesOf(TigMeasure measure);
}
