namespace Insertion.Abstractions;

/// <summary>
/// One stored aggregate in an <see cref="InMemoryTable"/>: its key, its insertion number (rows keep the
/// order they were added in), its place in the table and the stored instance, replaced (never changed) on update.
/// </summary>
internal sealed class StoredRow(string key, long sequence, IAggregateRoot row)
{
    /// <summary>The aggregate's key.</summary>
    public string Key { get; } = key;

    /// <summary>The insertion number: the order of the table.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Where it sits in the table's slots (moves when the table is compacted).</summary>
    public int Slot { get; set; }

    /// <summary>The stored instance: a private copy, never handed out.</summary>
    public IAggregateRoot Row { get; set; } = row;
}
