namespace Insertion.Sentencing;

/// <summary>
/// The append-only ledger of one measure with its running sums, done and pedagogical (the person's
/// minutes per day and week are in <see cref="PersonTigTotals"/>). Every sum is the fold of the
/// entries, kept up to date at each append so that an append and a balance read are O(1); <see cref="Refold"/> recomputes them
/// from the entries (tests compare both). Not thread-safe: <see cref="TigService"/> serialises access.
/// </summary>
internal sealed class TigLedger
{
    private readonly List<TigEntry> _entries = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reversed = new(StringComparer.Ordinal);

    public long Done { get; private set; }

    public long Pedagogical { get; private set; }

    public int Count => _entries.Count;

    public IReadOnlyList<TigEntry> Snapshot() => _entries.ToArray();

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public bool TryGet(string key, out TigEntry entry)
    {
        if (_byKey.TryGetValue(key, out var index))
        {
            entry = _entries[index];
            return true;
        }
        entry = default;
        return false;
    }

    public bool IsReversed(string key) => _reversed.Contains(key);

    public long NextSequence => _entries.Count + 1L;

    public void Append(TigEntry entry)
    {
        _byKey.Add(entry.Key, _entries.Count);
        _entries.Add(entry);
        if (entry.Reverses is { } r)
        {
            _reversed.Add(r);
        }
        var m = entry.Minutes.Minutes;
        Done += m;
        if (entry.Kind == TigEntryKind.Pedagogical)
        {
            Pedagogical += m;
        }
    }

    /// <summary>The sums recomputed from the entries alone (for checks, never used by the rules).</summary>
    public (long Done, long Pedagogical) Refold()
    {
        long done = 0, pedagogical = 0;
        foreach (var e in _entries)
        {
            done += e.Minutes.Minutes;
            if (e.Kind == TigEntryKind.Pedagogical)
            {
                pedagogical += e.Minutes.Minutes;
            }
        }
        return (done, pedagogical);
    }
}
