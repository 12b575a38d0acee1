using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// One entry of a measure's append-only hours ledger. A correction is a new entry with the
/// opposite minutes that names the entry it reverses; no entry is ever edited. A value: the
/// ledger stores entries inline, without one heap object each.
/// </summary>
/// <param name="Sequence">Position in the ledger (1, 2, …).</param>
/// <param name="Key">Idempotency key, unique in the measure.</param>
/// <param name="On">The day the hours were done.</param>
/// <param name="Minutes">Minutes (negative for a reversing entry).</param>
/// <param name="Kind">Task or pedagogical.</param>
/// <param name="Author">Who logged it (an opaque id).</param>
/// <param name="Reverses">Key of the entry this one reverses, or null.</param>
public readonly record struct TigEntry(long Sequence, string Key, DateOnly On, WorkMinutes Minutes, TigEntryKind Kind, string Author, string? Reverses = null) : ILedgerEntry
{
    long ILedgerEntry.SignedMinutes => Minutes.Minutes;

    /// <summary>Whether this entry reverses another.</summary>
    public bool IsReversal => Reverses is not null;
}
