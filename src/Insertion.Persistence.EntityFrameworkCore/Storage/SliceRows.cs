namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>What the database returns for a <see cref="Insertion.Abstractions.LedgerSlice"/> (<see cref="LedgerSliceQuery.LoadAsync{TRow}"/>).</summary>
/// <param name="Entries">The entries with the slice's keys or reversing one of them, by ledger and sequence.</param>
/// <param name="DayTotals">The minutes stored on each of the slice's days, per ledger id; null when the slice has no days.</param>
internal sealed record SliceRows<TRow>(List<TRow> Entries, Dictionary<string, Dictionary<DateOnly, long>>? DayTotals)
{
    /// <summary>The day sums of one ledger (empty when it stores nothing on the slice's days), or null when the slice has no days.</summary>
    public IReadOnlyDictionary<DateOnly, long>? DaysOf(string ledger) =>
        DayTotals is null ? null : DayTotals.GetValueOrDefault(ledger) ?? [];
}
