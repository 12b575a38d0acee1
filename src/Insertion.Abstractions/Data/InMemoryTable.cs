using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// The rows of one aggregate type in an <see cref="InMemoryStore"/>: by key, in insertion order (slots
/// with holes left by deletes, compacted now and then), and the equality and range indexes queries asked for,
/// built on first use and kept up to date by every write. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryTable
{
    private readonly Dictionary<string, StoredRow> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<MemberInfo, EqualityIndex> _indexes = [];
    private readonly Dictionary<MemberInfo, RangeIndex> _ranges = [];
    private StoredRow?[] _slots = new StoredRow?[16];
    private int _used;
    private long _next;

    /// <summary>How many rows are stored.</summary>
    public int Count => _byKey.Count;

    /// <summary>The row with that key, or null.</summary>
    public StoredRow? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Every row, in insertion order.</summary>
    public IEnumerable<StoredRow> Rows()
    {
        for (var i = 0; i < _used; i++)
        {
            if (_slots[i] is { } row)
            {
                yield return row;
            }
        }
    }

    /// <summary>The rows with those keys, in insertion order.</summary>
    public List<StoredRow> WithKeys(IEnumerable<string> keys)
    {
        var rows = new List<StoredRow>();
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var row))
            {
                rows.Add(row);
            }
        }
        rows.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        for (var i = rows.Count - 1; i > 0; i--)
        {
            if (rows[i] == rows[i - 1])
            {
                rows.RemoveAt(i); // a key given twice
            }
        }
        return rows;
    }

    /// <summary>The equality index of <paramref name="member"/>, built now if it is the first query on it.</summary>
    public EqualityIndex IndexOf(MemberInfo member)
    {
        if (!_indexes.TryGetValue(member, out var index))
        {
            index = new EqualityIndex(member, Rows());
            _indexes[member] = index;
        }
        return index;
    }

    /// <summary>The range index of <paramref name="member"/>, built now if it is the first query on it.</summary>
    public RangeIndex RangeOf(MemberInfo member)
    {
        if (!_ranges.TryGetValue(member, out var index))
        {
            index = RangeIndex.Create(member, Rows());
            _ranges[member] = index;
        }
        return index;
    }

    /// <summary>Stores a new row (its key must be free), last in order.</summary>
    public void Add(IAggregateRoot instance)
    {
        if (_used == _slots.Length)
        {
            if (_used - _byKey.Count > _used / 4)
            {
                Compact();
            }
            else
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }
        }
        var row = new StoredRow(instance.Key, _next++, instance) { Slot = _used };
        _slots[_used++] = row;
        _byKey.Add(row.Key, row);
        foreach (var index in _indexes.Values)
        {
            index.Added(row);
        }
        foreach (var range in _ranges.Values)
        {
            range.Added(row);
        }
    }

    /// <summary>Replaces a row's stored instance (it keeps its place in order).</summary>
    public void Replace(StoredRow row, IAggregateRoot instance)
    {
        var before = row.Row;
        row.Row = instance;
        foreach (var index in _indexes.Values)
        {
            index.Replaced(row, before);
        }
        foreach (var range in _ranges.Values)
        {
            range.Replaced(row, before);
        }
    }

    /// <summary>Removes a row.</summary>
    public void Remove(StoredRow row)
    {
        foreach (var index in _indexes.Values)
        {
            index.Removing(row);
        }
        foreach (var range in _ranges.Values)
        {
            range.Removing(row);
        }
        _byKey.Remove(row.Key);
        _slots[row.Slot] = null;
        var holes = _used - _byKey.Count;
        if (holes > 32 && holes > _used / 2)
        {
            Compact();
        }
    }

    private void Compact()
    {
        var live = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_slots[i] is { } row)
            {
                row.Slot = live;
                _slots[live++] = row;
            }
        }
        Array.Clear(_slots, live, _used - live);
        _used = live;
    }
}
