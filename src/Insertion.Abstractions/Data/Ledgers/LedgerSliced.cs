using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>
/// Another specification's selection (its criteria, order and paging), with its aggregates' ledgers
/// loaded only for <see cref="Slice"/> (<see cref="LedgerSlice.None"/>: their rows alone, running
/// values included). What a report that reads only the running values (hours done, totals) asks for,
/// so that a database does not load every entry of every ledger it lists.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public sealed class LedgerSliced<T> : Specification<T>, ILedgerSliceSpecification
{
    /// <summary>The selection of <paramref name="inner"/>, with ledgers loaded for <paramref name="slice"/>.</summary>
    /// <exception cref="NotSupportedException"><paramref name="inner"/> searches, includes, selects or post-processes, which this does not carry over.</exception>
    public LedgerSliced(ISpecification<T> inner, LedgerSlice slice)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(slice);
        if (inner.SearchCriterias.Any() || inner.IncludeExpressions.Any() || inner.PostProcessingAction is not null)
        {
            throw new NotSupportedException($"{inner.GetType().Name} searches, includes or post-processes: only criteria, order and paging are carried over.");
        }
        Slice = slice;
        foreach (var where in inner.WhereExpressions)
        {
            Query.Where(where.Filter);
        }
        IOrderedSpecificationBuilder<T>? ordered = null;
        foreach (var order in inner.OrderExpressions)
        {
            ordered = (order.OrderType, ordered) switch
            {
                (OrderTypeEnum.OrderBy, _) => Query.OrderBy(order.KeySelector),
                (OrderTypeEnum.OrderByDescending, _) => Query.OrderByDescending(order.KeySelector),
                (OrderTypeEnum.ThenBy, { } o) => o.ThenBy(order.KeySelector),
                (OrderTypeEnum.ThenByDescending, { } o) => o.ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"{inner.GetType().Name} orders by {order.OrderType} first."),
            };
        }
        if (inner.Skip is { } skip and > 0)
        {
            Query.Skip(skip);
        }
        if (inner.Take is { } take and >= 0)
        {
            Query.Take(take);
        }
    }

    /// <inheritdoc />
    public LedgerSlice Slice { get; }
}
