using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// An equality index of one property of a table's rows: the rows of each value, in insertion order.
/// Built on first use, then kept up to date by every commit. Values are compared with
/// <see cref="object.Equals(object, object)"/>; a lookup gives candidates that the query's predicate
/// still filters, so it only has to hold every row whose value is equal.
/// </summary>
internal sealed class EqualityIndex
{
    // A row whose property throws when read: the index cannot answer while one is stored.
    private static readonly object Unreadable = new();

    private readonly Func<object, object?> _read;
    private readonly Dictionary<object, List<StoredRow>> _buckets = [];
    private readonly List<StoredRow> _nulls = [];

    /// <summary>An index of <paramref name="member"/> over <paramref name="rows"/> (in insertion order).</summary>
    public EqualityIndex(MemberInfo member, IEnumerable<StoredRow> rows)
    {
        _read = RowReader.Of(member);
        foreach (var row in rows)
        {
            BucketOf(ValueOf(row.Row), create: true)!.Add(row);
        }
    }

    /// <summary>
    /// The rows whose value equals <paramref name="value"/>, in insertion order (the index's own list:
    /// read under the store's lock), or null when the index cannot answer (a stored row's property throws).
    /// </summary>
    public IReadOnlyList<StoredRow>? Lookup(object? value) =>
        _buckets.ContainsKey(Unreadable) ? null : BucketOf(value, create: false) ?? (IReadOnlyList<StoredRow>)[];

    private object? ValueOf(IAggregateRoot row)
    {
        try
        {
            return _read(row);
        }
#pragma warning disable CA1031 // any failure only makes the index unable to answer; the query scans
        catch (Exception)
#pragma warning restore CA1031
        {
            return Unreadable;
        }
    }

    /// <summary>A row added (the newest: it goes last).</summary>
    public void Added(StoredRow row) => BucketOf(ValueOf(row.Row), create: true)!.Add(row);

    /// <summary>A row about to be removed.</summary>
    public void Removing(StoredRow row) => Remove(ValueOf(row.Row), row);

    /// <summary>A row whose stored instance moves from <paramref name="before"/> to its current one.</summary>
    public void Replaced(StoredRow row, IAggregateRoot before)
    {
        var old = ValueOf(before);
        var now = ValueOf(row.Row);
        if (Equals(old, now))
        {
            return;
        }
        Remove(old, row);
        var bucket = BucketOf(now, create: true)!;
        var at = Find(bucket, row.Sequence);
        bucket.Insert(~at, row);
    }

    private List<StoredRow>? BucketOf(object? value, bool create)
    {
        if (value is null)
        {
            return _nulls;
        }
        if (!_buckets.TryGetValue(value, out var bucket) && create)
        {
            bucket = [];
            _buckets[value] = bucket;
        }
        return bucket;
    }

    private void Remove(object? value, StoredRow row)
    {
        var bucket = BucketOf(value, create: false);
        if (bucket is null)
        {
            return;
        }
        var at = Find(bucket, row.Sequence);
        if (at >= 0)
        {
            bucket.RemoveAt(at);
            if (bucket.Count == 0 && value is not null)
            {
                _buckets.Remove(value);
            }
        }
    }

    // Binary search by insertion number (buckets are in insertion order).
    private static int Find(List<StoredRow> bucket, long sequence)
    {
        int low = 0, high = bucket.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var s = bucket[mid].Sequence;
            if (s == sequence)
            {
                return mid;
            }
            if (s < sequence)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return ~low;
    }
}
