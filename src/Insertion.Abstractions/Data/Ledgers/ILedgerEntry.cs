namespace Insertion.Abstractions;

/// <summary>
/// One entry of an append-only ledger (worked hours, TIG hours), as <see cref="LedgerLog{TEntry}"/>
/// indexes it: by idempotency key, by the key of the entry it reverses, and by day.
/// </summary>
public interface ILedgerEntry
{
    /// <summary>Position in its ledger, in the order of appending.</summary>
    long Sequence { get; }

    /// <summary>Idempotency key, unique in its ledger.</summary>
    string Key { get; }

    /// <summary>The day the minutes count for.</summary>
    DateOnly On { get; }

    /// <summary>Minutes, negative for a reversing entry.</summary>
    long SignedMinutes { get; }

    /// <summary>Key of the entry this one reverses, or null.</summary>
    string? Reverses { get; }
}
