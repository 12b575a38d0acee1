using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// A request to cancel an earlier entry by a reversing entry (the ledger is never edited). The
/// reversal carries the opposite minutes on the original entry's day, so that day's, month's and
/// year's totals are corrected where the error was made. To correct an amount, reverse the entry
/// and record the right one under a new key.
/// </summary>
/// <param name="Contract">The contract whose ledger holds the original entry.</param>
/// <param name="OriginalKey">Key of the entry to reverse (an original entry, not a reversal).</param>
/// <param name="Key">Idempotency key of the reversing entry itself.</param>
/// <param name="Author">Who records the reversal (a user or system id).</param>
/// <param name="Reason">Optional explanation of the correction.</param>
public sealed record HoursReversal(ContractId Contract, string OriginalKey, string Key, string Author, string? Reason = null);
