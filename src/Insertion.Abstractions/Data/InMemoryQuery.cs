using System.Linq.Expressions;
using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>
/// Evaluates a specification over an <see cref="InMemoryStore"/> as Ardalis'
/// <see cref="InMemorySpecificationEvaluator"/> does (Where, Search, Order, Skip/Take, post-processing,
/// then Select or SelectMany; Includes mean nothing in memory), with the same results in the same order,
/// but with its lambdas compiled once per shape (<see cref="CompiledLambdas"/>) and the candidates of the
/// criteria taken from the store's indexes (<see cref="IndexedTerm"/>). Returns the stored instances.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
internal static class InMemoryQuery<T>
    where T : class, IAggregateRoot
{
    /// <summary>The stored rows that meet the specification's criteria (Where only, as Ardalis counts), in insertion order.</summary>
    public static List<T> Filter(InMemoryStore store, ISpecification<T> specification, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var filters = new List<Expression<Func<T, bool>>>();
        foreach (var where in specification.WhereExpressions)
        {
            filters.Add(where.Filter);
        }
        Func<T, bool>? predicate = filters.Count switch
        {
            0 => null,
            1 => CompiledLambdas.Of(filters[0]),
            _ => All([.. filters.Select(CompiledLambdas.Of)]),
        };
        return store.Select(IndexedTerm.Of<T>(filters), predicate, limit);
    }

    /// <summary>The stored rows the specification returns, in its order.</summary>
    public static IEnumerable<T> Evaluate(InMemoryStore store, ISpecification<T> specification)
    {
        var rows = Rows(store, specification);
        return specification.PostProcessingAction is { } post ? post(rows) : rows;
    }

    /// <summary>What a projecting specification returns (from the stored rows).</summary>
    public static IEnumerable<TResult> Evaluate<TResult>(InMemoryStore store, ISpecification<T, TResult> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if ((specification.Selector is null) == (specification.SelectorMany is null))
        {
            // Ardalis' own errors: no selector, or both.
            return InMemorySpecificationEvaluator.Default.Evaluate(Array.Empty<T>(), specification);
        }
        var rows = Evaluate(store, (ISpecification<T>)specification);
        var results = specification.Selector is { } selector
            ? rows.Select(CompiledLambdas.Of(selector))
            : rows.SelectMany(CompiledLambdas.Of(specification.SelectorMany!));
        return specification.PostProcessingAction is { } post ? post(results) : results;
    }

    private static IEnumerable<T> Rows(InMemoryStore store, ISpecification<T> specification)
    {
        IEnumerable<T> rows = Filter(store, specification);
        if (specification.SearchCriterias.Any())
        {
            rows = SearchMemoryEvaluator.Instance.Evaluate(rows, specification);
        }
        rows = Ordered(rows, specification);
        return PaginationEvaluator.Instance.Evaluate(rows, specification);
    }

    // OrderEvaluator's rules, with the key selectors compiled once per shape.
    private static IEnumerable<T> Ordered(IEnumerable<T> rows, ISpecification<T> specification)
    {
        var orders = specification.OrderExpressions.ToList();
        if (orders.Count == 0)
        {
            return rows;
        }
        if (orders.Count(o => o.OrderType is OrderTypeEnum.OrderBy or OrderTypeEnum.OrderByDescending) > 1)
        {
            throw new DuplicateOrderChainException();
        }
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in orders)
        {
            var key = CompiledLambdas.Of(order.KeySelector);
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => rows.OrderBy(key),
                OrderTypeEnum.OrderByDescending => rows.OrderByDescending(key),
                OrderTypeEnum.ThenBy => ordered!.ThenBy(key),
                OrderTypeEnum.ThenByDescending => ordered!.ThenByDescending(key),
                _ => ordered,
            };
        }
        return ordered ?? rows;
    }

    private static Func<T, bool> All(Func<T, bool>[] predicates) => item =>
    {
        foreach (var predicate in predicates)
        {
            if (!predicate(item))
            {
                return false;
            }
        }
        return true;
    };
}
