namespace Insertion.Sentencing;

/// <summary>
/// The append-only ledger of one measure with its running sums: done, pedagogical, and minutes per
/// day and per ISO week (keyed by Monday). Every sum is the fold of the entries, kept up to date at
/// each append so that an append and a balance read are O(1); <see cref="Refold"/> recomputes them
/// from the entries (tests compare both). Not thread-safe: <see cref="TigService"/> serialises access.
/// </summary>
internal sealed class TigLedger
{
    private readonly List<TigEntry> _entries = [];
    private readonly Dictionary<string, TigEntry> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reversed = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, long> _byDay = [];
    private readonly Dictionary<DateOnly, long> _byWeek = [];

    public long Done { get; private set; }

    public long Pedagogical { get; private set; }

    public int Count => _entries.Count;

    public IReadOnlyList<TigEntry> Snapshot() => _entries.ToArray();

    public bool TryGet(string key, out TigEntry entry) => _byKey.TryGetValue(key, out entry!);

    public bool IsReversed(string key) => _reversed.Contains(key);

    public long OnDay(DateOnly day) => _byDay.GetValueOrDefault(day);

    public long InWeekOf(DateOnly monday) => _byWeek.GetValueOrDefault(monday);

    public long NextSequence => _entries.Count + 1L;

    public void Append(TigEntry entry)
    {
        _entries.Add(entry);
        _byKey.Add(entry.Key, entry);
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
        Add(_byDay, entry.On, m);
        Add(_byWeek, Weeks.MondayOf(entry.On), m);
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

    private static void Add(Dictionary<DateOnly, long> sums, DateOnly key, long minutes)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _);
        slot += minutes;
    }
}
