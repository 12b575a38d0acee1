using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>One entry of a contract's worked-hours ledger, as appended (never edited).</summary>
/// <param name="Sequence">Position in the ledger, from 0, in the order of appending.</param>
/// <param name="Contract">The contract.</param>
/// <param name="On">The day the minutes count for (for a reversal: the original entry's day).</param>
/// <param name="Minutes">Paid minutes: positive for an original entry, the exact opposite for a reversal.</param>
/// <param name="Key">Idempotency key of this entry.</param>
/// <param name="Author">Who recorded it.</param>
/// <param name="Reason">Optional explanation.</param>
/// <param name="Reverses">For a reversing entry, the key of the entry it cancels; null otherwise.</param>
public sealed record WorkedHoursEntry(
    long Sequence,
    ContractId Contract,
    DateOnly On,
    WorkMinutes Minutes,
    string Key,
    string Author,
    string? Reason,
    string? Reverses) : ILedgerEntry
{
    long ILedgerEntry.SignedMinutes => Minutes.Minutes;

    /// <summary>Whether this entry cancels another one.</summary>
    public bool IsReversal => Reverses is not null;
}
