namespace Insertion.Abstractions;

/// <summary>
/// The part of an append-only ledger a command reads: the entries with some idempotency keys (and
/// those reversing them) and the entries dated inside a window of days. A ledger loaded with a slice
/// answers only for what the slice covers (its running totals, stored on the ledger's row, are
/// always whole) and refuses, with <see cref="InvalidOperationException"/>, a question about any
/// other key or day, so that a rule can never decide on entries it did not load. Databases load a
/// slice by an indexed query; its cost depends on the slice, not on the ledger's history.
/// </summary>
[StoredImmutable]
public sealed class LedgerSlice
{
    private readonly HashSet<string> _keys;

    /// <summary>A slice of the entries with <paramref name="keys"/> (or reversing them) and of the days of <paramref name="days"/>, if any.</summary>
    public LedgerSlice(IEnumerable<string> keys, DateRange? days)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new HashSet<string>(keys, StringComparer.Ordinal);
        Days = days;
    }

    /// <summary>No entry at all: the ledger's row alone (its totals and state).</summary>
    public static LedgerSlice None { get; } = new([], null);

    /// <summary>The keys covered.</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>The days covered, or null for none.</summary>
    public DateRange? Days { get; }

    /// <summary>Whether the entries with <paramref name="key"/> (or reversing it) are loaded.</summary>
    public bool Covers(string key) => _keys.Contains(key);

    /// <summary>Whether every entry dated <paramref name="day"/> is loaded.</summary>
    public bool Covers(DateOnly day) => Days is { } d && d.Contains(day);

    /// <summary>Whether every entry dated in <paramref name="period"/> is loaded.</summary>
    public bool Covers(DateRange period) => Days is { } d && d.Start <= period.Start && period.End <= d.End;

    /// <summary>Whether <paramref name="entry"/> belongs to the slice.</summary>
    public bool Holds(ILedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Covers(entry.On) || _keys.Contains(entry.Key) || (entry.Reverses is { } r && _keys.Contains(r));
    }

    /// <summary>Throws unless the ledger was loaded whole (<paramref name="slice"/> null), to read <paramref name="what"/>.</summary>
    /// <exception cref="InvalidOperationException">It was loaded by slice.</exception>
    public static void EnsureWhole(LedgerSlice? slice, string ledger, string what)
    {
        if (slice is not null)
        {
            throw new InvalidOperationException($"{ledger} was loaded with a slice ({slice}), not whole: load it whole to read {what}.");
        }
    }

    /// <summary>Throws when the ledger was loaded by a slice without <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">The slice does not cover the key.</exception>
    public static void EnsureCovers(LedgerSlice? slice, string ledger, string key)
    {
        if (slice is not null && !slice.Covers(key))
        {
            throw new InvalidOperationException($"{ledger} was loaded with a slice ({slice}) without the key '{key}'.");
        }
    }

    /// <summary>Throws when the ledger was loaded by a slice without every day of <paramref name="days"/>.</summary>
    /// <exception cref="InvalidOperationException">The slice does not cover the days.</exception>
    public static void EnsureCovers(LedgerSlice? slice, string ledger, DateRange days)
    {
        if (slice is not null && !slice.Covers(days))
        {
            throw new InvalidOperationException($"{ledger} was loaded with a slice ({slice}) without the days {days}.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"keys [{string.Join(", ", _keys)}], days {(Days is { } d ? d.ToString() : "none")}";
}
