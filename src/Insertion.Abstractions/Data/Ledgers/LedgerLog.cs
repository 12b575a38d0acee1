namespace Insertion.Abstractions;

/// <summary>
/// The entries of one append-only ledger (worked hours, TIG hours), indexed by idempotency key, by
/// the key of the entry a reversal cancels and by day, so that every question a rule asks (is this
/// key there, is this entry reversed, how many minutes on this day) costs the same at the 10th entry
/// and at the 10 000th.
/// </summary>
/// <remarks>
/// <para><b>Shared prefixes.</b> A log is shared by every copy of its ledger, each of which reads
/// only its first <c>visible</c> entries (the count it was loaded with, plus what it appended): an
/// entry past a copy's count does not exist for that copy. Appending at the end of the log (the copy
/// sees all of it, the usual case) adds in place, at no cost to the other copies; appending from a
/// copy that sees less (another copy appended since) forks a new log from the prefix it sees. That
/// is why the in-memory store may share a log between the copies it hands out
/// (<see cref="StoredImmutableAttribute"/>) instead of copying every entry on every load and save.</para>
/// <para>A log may also hold only part of a ledger (the entries a database loaded for a
/// <see cref="LedgerSlice"/>): it then answers for those entries only, which the ledger keeps track of.</para>
/// <para>Keys are unique in a ledger and an entry is reversed at most once (both ledgers refuse
/// the rest before appending): the indexes rely on it.</para>
/// <para>Thread-safe.</para>
/// </remarks>
/// <typeparam name="TEntry">The entry.</typeparam>
[StoredImmutable]
public sealed class LedgerLog<TEntry>
    where TEntry : ILedgerEntry
{
    private const int None = -1;

    private readonly Lock _gate = new();
    private TEntry[] _items = [];
    // Position of the previous entry of the same day, or None: a day's chain, newest first.
    private int[] _previousOnDay = [];
    // Open addressing over positions (slot = position + 1, 0 empty): by key, and by day (its newest entry).
    // Compact on purpose: a whole network's ledgers live in the in-memory store.
    private int[] _keySlots = [];
    private int[] _daySlots = [];
    private Dictionary<string, int>? _reversalOf;
    // The minutes per day of the stored entries of a slice's days, when a store summed them instead of
    // loading them: the entries it loaded (by key) are then not chained by day, their minutes being
    // in these sums; only the entries appended since are.
    private Dictionary<DateOnly, long>? _summed;
    private int _unchained;
    private int _length;
    private int _days;

    /// <summary>The number of entries the log holds (every copy's appends included).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _length;
            }
        }
    }

    /// <summary>A log of <paramref name="entries"/>, in their order (a whole ledger, or the slice of it a store loaded).</summary>
    public static LedgerLog<TEntry> Of(IEnumerable<TEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var log = new LedgerLog<TEntry>();
        foreach (var e in entries)
        {
            log.AddLast(e);
        }
        return log;
    }

    /// <summary>
    /// The log of the entries a store loaded for a ledger whose row says <paramref name="count"/>
    /// entries (sequences from <paramref name="firstSequence"/>), whole or for <paramref name="slice"/>.
    /// Entries past the count are dropped: a database without snapshot reads may return entries
    /// committed after the row was read, which the row's version check refuses on save anyway.
    /// A store loads a slice's days as <paramref name="dayTotals"/>, the sum of the minutes stored on
    /// each of them (a <c>GROUP BY</c> day: a row per day whatever the number of entries), beside the
    /// entries with its keys: the day and week rules then read the sums, never the window's entries.
    /// </summary>
    /// <remarks>
    /// A sum may include entries committed after the ledger's row was read: a rule then decides on a
    /// state that was committed, and a command accepted on it fails the row's version check on save,
    /// as any command racing another writer.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Loaded whole, the entries are not as many as the row counts.</exception>
    /// <exception cref="ArgumentException">Day totals without a slice with days, or outside them.</exception>
    public static LedgerLog<TEntry> OfStored(IReadOnlyList<TEntry> entries, int count, long firstSequence, LedgerSlice? slice, string ledger, IReadOnlyDictionary<DateOnly, long>? dayTotals = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(ledger);
        var end = firstSequence + count;
        var kept = entries.Count > 0 && entries[^1].Sequence >= end ? entries.Where(e => e.Sequence < end).ToList() : entries;
        if (slice is null && kept.Count != count)
        {
            throw new InvalidOperationException($"{ledger} stores a count of {count} entries, but {kept.Count} were loaded.");
        }
        if (dayTotals is null)
        {
            return Of(kept);
        }
        if (slice?.Days is not { } days)
        {
            throw new ArgumentException("Day totals belong to a slice with days.", nameof(dayTotals));
        }
        var log = new LedgerLog<TEntry> { _summed = [] };
        foreach (var (day, minutes) in dayTotals)
        {
            if (!days.Contains(day))
            {
                throw new ArgumentException($"The day {day:yyyy-MM-dd} is outside the slice's days {days}.", nameof(dayTotals));
            }
            log._summed[day] = minutes;
        }
        foreach (var e in kept)
        {
            log.AddLast(e, chained: false);
        }
        return log;
    }

    /// <summary>
    /// Appends <paramref name="entry"/> for a copy that sees the first <paramref name="visible"/>
    /// entries, and returns the log that copy now reads (this one, or a fork of its prefix).
    /// </summary>
    public LedgerLog<TEntry> Append(TEntry entry, int visible)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            if (visible == _length)
            {
                AddLast(entry);
                return this;
            }
            var fork = new LedgerLog<TEntry> { _summed = _summed };
            for (var i = 0; i < visible; i++)
            {
                fork.AddLast(_items[i], chained: i >= _unchained);
            }
            fork.AddLast(entry);
            return fork;
        }
    }

    /// <summary>The entry with <paramref name="key"/> among the first <paramref name="visible"/>, if any.</summary>
    public bool TryFind(string key, int visible, out TEntry entry)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            var at = FindKey(key);
            if (at != None && at < visible)
            {
                entry = _items[at];
                return true;
            }
            entry = default!;
            return false;
        }
    }

    /// <summary>The entry reversing the one with <paramref name="originalKey"/> among the first <paramref name="visible"/>, if any.</summary>
    public bool TryFindReversalOf(string originalKey, int visible, out TEntry reversal)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            if (_reversalOf is not null && _reversalOf.TryGetValue(originalKey, out var at) && at < visible)
            {
                reversal = _items[at];
                return true;
            }
            reversal = default!;
            return false;
        }
    }

    /// <summary>The sum of the minutes dated <paramref name="day"/> among the first <paramref name="visible"/> entries.</summary>
    public long MinutesOn(DateOnly day, int visible)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            return MinutesOnLocked(day, visible);
        }
    }

    /// <summary>The sum of the minutes dated inside <paramref name="days"/> among the first <paramref name="visible"/> entries.</summary>
    public long MinutesIn(DateRange days, int visible)
    {
        long sum = 0;
        foreach (var (_, minutes) in DayTotals(days, visible))
        {
            sum += minutes;
        }
        return sum;
    }

    /// <summary>
    /// The days inside <paramref name="days"/> holding entries among the first <paramref name="visible"/>,
    /// with the sum of their minutes (zero for a day whose entries were reversed), in order of days.
    /// Costs the smaller of the days of the period and the entries.
    /// </summary>
    public IReadOnlyList<(DateOnly Day, long Minutes)> DayTotals(DateRange days, int visible)
    {
        var result = new List<(DateOnly, long)>();
        lock (_gate)
        {
            CheckVisible(visible);
            if (days.LengthInDays <= visible || _summed is not null)
            {
                for (var d = days.Start; ; d = d.AddDays(1))
                {
                    var at = LastVisibleOn(d, visible);
                    if (at != None || (_summed?.ContainsKey(d) ?? false))
                    {
                        result.Add((d, Summed(d) + SumFrom(at)));
                    }
                    if (d == days.End)
                    {
                        break;
                    }
                }
                return result;
            }
            var seen = new HashSet<DateOnly>();
            for (var i = 0; i < visible; i++)
            {
                var d = _items[i].On;
                if (days.Contains(d) && seen.Add(d))
                {
                    result.Add((d, MinutesOnLocked(d, visible)));
                }
            }
        }
        result.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    /// <summary>The first <paramref name="visible"/> entries, in order.</summary>
    public IReadOnlyList<TEntry> ToList(int visible)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            return _items.AsSpan(0, visible).ToArray();
        }
    }

    /// <summary>
    /// The entries among the first <paramref name="visible"/> whose <see cref="ILedgerEntry.Sequence"/>
    /// is <paramref name="sequence"/> or more, in order: what a copy appended since it was loaded with
    /// that many entries stored (the entries of a log are in the order of their sequence).
    /// </summary>
    public IReadOnlyList<TEntry> Since(long sequence, int visible)
    {
        lock (_gate)
        {
            CheckVisible(visible);
            var from = visible;
            while (from > 0 && _items[from - 1].Sequence >= sequence)
            {
                from--;
            }
            return _items.AsSpan(from, visible - from).ToArray();
        }
    }

    /// <summary>
    /// A new log of the entries among the first <paramref name="visible"/> that <paramref name="slice"/>
    /// holds, in order: what a store would have loaded for it. Costs the slice, not the log.
    /// </summary>
    public LedgerLog<TEntry> Slice(LedgerSlice slice, int visible)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var positions = new SortedSet<int>();
        lock (_gate)
        {
            CheckVisible(visible);
            foreach (var key in slice.Keys)
            {
                var at = FindKey(key);
                if (at != None && at < visible)
                {
                    positions.Add(at);
                }
                if (_reversalOf is not null && _reversalOf.TryGetValue(key, out at) && at < visible)
                {
                    positions.Add(at);
                }
            }
            Dictionary<DateOnly, long>? summed = null;
            if (slice.Days is { } days)
            {
                summed = _summed?.Where(d => days.Contains(d.Key)).ToDictionary();
                if (days.LengthInDays <= visible || summed is not null)
                {
                    for (var d = days.Start; ; d = d.AddDays(1))
                    {
                        for (var at = FindDay(d); at != None; at = _previousOnDay[at])
                        {
                            if (at < visible)
                            {
                                positions.Add(at);
                            }
                        }
                        if (d == days.End)
                        {
                            break;
                        }
                    }
                }
                else
                {
                    for (var i = 0; i < visible; i++)
                    {
                        if (days.Contains(_items[i].On))
                        {
                            positions.Add(i);
                        }
                    }
                }
            }
            // The sums stay sums (none for a log of entries only); the entries appended since them stay chained.
            var log = new LedgerLog<TEntry> { _summed = summed };
            foreach (var p in positions)
            {
                log.AddLast(_items[p], chained: p >= _unchained);
            }
            return log;
        }
    }

    private long MinutesOnLocked(DateOnly day, int visible) => Summed(day) + SumFrom(LastVisibleOn(day, visible));

    private long Summed(DateOnly day) => _summed is not null && _summed.TryGetValue(day, out var minutes) ? minutes : 0;

    // The position of the last entry of the day among the first visible (None if none): the chain is walked back past what this copy does not see.
    private int LastVisibleOn(DateOnly day, int visible)
    {
        var at = FindDay(day);
        while (at >= visible)
        {
            at = _previousOnDay[at];
        }
        return at;
    }

    // The minutes of a day from its entry at that position back (a day holds a few entries).
    private long SumFrom(int at)
    {
        long sum = 0;
        for (; at != None; at = _previousOnDay[at])
        {
            sum += _items[at].SignedMinutes;
        }
        return sum;
    }

    private int FindKey(string key)
    {
        if (_keySlots.Length == 0)
        {
            return None;
        }
        var mask = _keySlots.Length - 1;
        for (var i = StringComparer.Ordinal.GetHashCode(key) & mask; ; i = (i + 1) & mask)
        {
            var slot = _keySlots[i];
            if (slot == 0)
            {
                return None;
            }
            if (string.Equals(_items[slot - 1].Key, key, StringComparison.Ordinal))
            {
                return slot - 1;
            }
        }
    }

    private int FindDay(DateOnly day)
    {
        if (_daySlots.Length == 0)
        {
            return None;
        }
        var mask = _daySlots.Length - 1;
        for (var i = Spread(day.DayNumber) & mask; ; i = (i + 1) & mask)
        {
            var slot = _daySlots[i];
            if (slot == 0)
            {
                return None;
            }
            if (_items[slot - 1].On == day)
            {
                return slot - 1;
            }
        }
    }

    private void AddLast(TEntry entry) => AddLast(entry, chained: true);

    // Chained: indexed by day. An entry a store loaded beside the sums of its days is not (its minutes
    // are in them, if its day is one of them): those come first, counted by _unchained.
    private void AddLast(TEntry entry, bool chained)
    {
        if (!chained && _length != _unchained)
        {
            throw new InvalidOperationException("The entries summed by day come first.");
        }
        if (_length == _items.Length)
        {
            var capacity = Math.Max(8, _length * 2);
            Array.Resize(ref _items, capacity);
            Array.Resize(ref _previousOnDay, capacity);
        }
        var at = _length;
        var previous = chained ? FindDay(entry.On) : None;
        _items[at] = entry;
        _previousOnDay[at] = previous;
        _length++;
        if (_length * 2 > _keySlots.Length)
        {
            _keySlots = Rehash(_keySlots.Length, p => StringComparer.Ordinal.GetHashCode(_items[p].Key), Enumerable.Range(0, _length - 1));
        }
        Place(_keySlots, StringComparer.Ordinal.GetHashCode(entry.Key), at);
        if (!chained)
        {
            _unchained++;
        }
        else if (previous == None)
        {
            _days++;
            if (_days * 2 > _daySlots.Length)
            {
                _daySlots = Rehash(_daySlots.Length, p => Spread(_items[p].On.DayNumber), DayHeads());
            }
            Place(_daySlots, Spread(entry.On.DayNumber), at);
        }
        else
        {
            Replace(_daySlots, Spread(entry.On.DayNumber), previous, at);
        }
        if (entry.Reverses is { } original)
        {
            (_reversalOf ??= new Dictionary<string, int>(StringComparer.Ordinal))[original] = at;
        }
    }

    // The newest entry of each day so far (what the day table holds).
    private IEnumerable<int> DayHeads()
    {
        foreach (var slot in _daySlots)
        {
            if (slot != 0)
            {
                yield return slot - 1;
            }
        }
    }

    private static int[] Rehash(int capacity, Func<int, int> hash, IEnumerable<int> positions)
    {
        var table = new int[Math.Max(16, capacity * 2)];
        foreach (var p in positions.ToList())
        {
            Place(table, hash(p), p);
        }
        return table;
    }

    private static void Place(int[] table, int hash, int position)
    {
        var mask = table.Length - 1;
        var i = hash & mask;
        while (table[i] != 0)
        {
            i = (i + 1) & mask;
        }
        table[i] = position + 1;
    }

    private static void Replace(int[] table, int hash, int old, int position)
    {
        var mask = table.Length - 1;
        var i = hash & mask;
        while (table[i] != old + 1)
        {
            i = (i + 1) & mask;
        }
        table[i] = position + 1;
    }

    // Day numbers are consecutive: mixed so that a ledger's run of days does not cluster in the table.
    private static int Spread(int dayNumber) => (int)((uint)dayNumber * 2654435769u >> 7);

    private void CheckVisible(int visible)
    {
        if (visible < 0 || visible > _length)
        {
            throw new ArgumentOutOfRangeException(nameof(visible), visible, $"The log holds {_length} entries.");
        }
    }
}
