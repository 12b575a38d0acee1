using System.Runtime.CompilerServices;
using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Loads a TIG measure's ledger entries — all of them, or only the <see cref="LedgerSlice"/> a
/// command reads (the entries with its keys or reversing them, and the minutes of each day of its week
/// summed by the database: indexed queries whose cost is the slice's, not the history's) — and saves the entries appended since: those past the stored count
/// (<see cref="TigMeasure.EntryCount"/>, on the measure's row with the sums done and pedagogical,
/// which its version check makes exact). Entries are only ever inserted; a replayed key is refused by
/// the unique index (a conflict, retried by the caller).
/// </summary>
internal sealed class TigLedgerEntries(StoredEntryCounts counts) : IStoredPart<TigMeasure>
{
    public async Task LoadAsync(InsertionDbContext db, IReadOnlyList<TigMeasure> aggregates, LedgerSlice? slice, CancellationToken cancellationToken)
    {
        var ids = aggregates.Select(m => m.Id).ToList();
        var sliced = slice is null
            ? new SliceRows<TigEntryRow>(await db.Set<TigEntryRow>().AsNoTracking().Where(e => ids.Contains(e.Measure))
                .OrderBy(e => e.Measure).ThenBy(e => e.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false), null)
            : await LedgerSliceQuery.LoadAsync<TigEntryRow>(db, "TigEntries", "Measure", ids.ConvertAll(m => m.Value), slice,
                e => e.Measure.Value, e => e.Sequence, cancellationToken).ConfigureAwait(false);
        var byMeasure = sliced.Entries.GroupBy(e => e.Measure).ToDictionary(g => g.Key, g => (IReadOnlyList<TigEntry>)g.Select(r => r.ToEntry()).ToList());
        foreach (var m in aggregates)
        {
            Restore(m, byMeasure.GetValueOrDefault(m.Id) ?? [], slice, sliced.DaysOf(m.Id.Value));
            counts.Remember(m, m.EntryCount);
        }
    }

    public async Task<Action?> StageAsync(InsertionDbContext db, TigMeasure aggregate, bool added, CancellationToken cancellationToken)
    {
        var id = aggregate.Id;
        var stored = await counts.StoredAsync(aggregate, added, () => db.Set<TigEntryRow>().CountAsync(e => e.Measure == id, cancellationToken)).ConfigureAwait(false);
        // Sequences start at 1: the entries past the stored count.
        var appended = aggregate.EntriesSince(stored + 1L);
        if (appended.Count == 0)
        {
            return null;
        }
        db.AddRange(appended.Select(e => TigEntryRow.Of(id, e)));
        var count = aggregate.EntryCount;
        return () => counts.Remember(aggregate, count);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Restore")]
    private static extern void Restore(TigMeasure measure, IReadOnlyList<TigEntry> entries, LedgerSlice? slice, IReadOnlyDictionary<DateOnly, long>? dayTotals);
}
