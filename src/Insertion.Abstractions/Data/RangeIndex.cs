using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// A sorted index of one date or number property of a table's rows, for <c>x.Prop &lt;= value</c>,
/// <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c> and their conjunctions on one property. Rows whose value is null
/// are not in it (a lifted comparison with null is false). Built on first use, then kept up to date by
/// every commit; a lookup gives candidates in insertion order, that the query's predicate still filters.
/// </summary>
internal abstract class RangeIndex
{
    private static readonly HashSet<Type> Ordered = [typeof(DateOnly), typeof(DateTime), typeof(TimeOnly), typeof(int), typeof(long), typeof(decimal)];

    /// <summary>Whether values of that type (or its nullable) can be range-indexed.</summary>
    public static bool Supports(Type type) => Ordered.Contains(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>A range index of <paramref name="member"/> over <paramref name="rows"/>.</summary>
    public static RangeIndex Create(MemberInfo member, IEnumerable<StoredRow> rows)
    {
        var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        var value = Nullable.GetUnderlyingType(type) ?? type;
        var index = (RangeIndex)Activator.CreateInstance(typeof(RangeIndex<>).MakeGenericType(value), RowReader.Of(member))!;
        foreach (var row in rows)
        {
            index.Added(row);
        }
        return index;
    }

    /// <summary>A row added.</summary>
    public abstract void Added(StoredRow row);

    /// <summary>A row about to be removed.</summary>
    public abstract void Removing(StoredRow row);

    /// <summary>A row whose stored instance moves from <paramref name="before"/> to its current one.</summary>
    public abstract void Replaced(StoredRow row, IAggregateRoot before);

    /// <summary>
    /// The rows whose value is within the bounds (a bound not given is open), in insertion order; null
    /// when there are more than <paramref name="max"/> (a scan is then cheaper) or the index cannot answer.
    /// </summary>
    public abstract List<StoredRow>? Between(IndexedTerm? lower, IndexedTerm? upper, int max);
}

/// <summary>The <see cref="RangeIndex"/> of values of type <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The property's type (its underlying type when nullable).</typeparam>
internal sealed class RangeIndex<TValue>(Func<object, object?> read) : RangeIndex
    where TValue : struct, IComparable<TValue>
{
    private readonly SortedSet<Item> _items = new(ItemOrder.Instance);
    private int _unreadable;

    /// <inheritdoc />
    public override void Added(StoredRow row)
    {
        if (Read(row.Row) is { } value)
        {
            _items.Add(new Item(value, row.Sequence, row));
        }
    }

    /// <inheritdoc />
    public override void Removing(StoredRow row) => Remove(row.Row, row.Sequence);

    /// <inheritdoc />
    public override void Replaced(StoredRow row, IAggregateRoot before)
    {
        Remove(before, row.Sequence);
        Added(row);
    }

    /// <inheritdoc />
    public override List<StoredRow>? Between(IndexedTerm? lower, IndexedTerm? upper, int max)
    {
        if (_unreadable > 0)
        {
            return null;
        }
        if (_items.Count == 0 || lower is { Value: null } || upper is { Value: null })
        {
            return [];
        }
        var low = lower is null ? new Item(_items.Min.Value, long.MinValue, null) : new Item((TValue)lower.Value!, lower.Inclusive ? long.MinValue : long.MaxValue, null);
        var high = upper is null ? new Item(_items.Max.Value, long.MaxValue, null) : new Item((TValue)upper.Value!, upper.Inclusive ? long.MaxValue : long.MinValue, null);
        if (ItemOrder.Instance.Compare(low, high) > 0)
        {
            return [];
        }
        var rows = new List<StoredRow>();
        foreach (var item in _items.GetViewBetween(low, high))
        {
            if (rows.Count == max)
            {
                return null;
            }
            rows.Add(item.Row!);
        }
        rows.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return rows;
    }

    private void Remove(IAggregateRoot instance, long sequence)
    {
        if (Read(instance, removing: true) is { } value)
        {
            _items.Remove(new Item(value, sequence, null));
        }
    }

    private TValue? Read(IAggregateRoot instance, bool removing = false)
    {
        try
        {
            return (TValue?)read(instance);
        }
#pragma warning disable CA1031 // any failure only makes the index unable to answer; the query scans
        catch (Exception)
#pragma warning restore CA1031
        {
            _unreadable += removing ? -1 : 1;
            return null;
        }
    }

    private readonly record struct Item(TValue Value, long Sequence, StoredRow? Row);

    private sealed class ItemOrder : IComparer<Item>
    {
        public static readonly ItemOrder Instance = new();

        public int Compare(Item x, Item y)
        {
            var byValue = x.Value.CompareTo(y.Value);
            return byValue != 0 ? byValue : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
