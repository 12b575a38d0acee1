using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>
/// Turns an Ardalis specification into an <see cref="IQueryable{T}"/> by composing the package's own
/// <see cref="WhereEvaluator"/>, <see cref="OrderEvaluator"/> and <see cref="PaginationEvaluator"/>
/// (Ardalis.Specification.EntityFrameworkCore is not available): over an EF Core query the
/// specification becomes SQL, never a client-side filter. The persistence adapters reuse it.
/// </summary>
public sealed class QueryableSpecificationEvaluator : ISpecificationEvaluator
{
    private static readonly IEvaluator[] Criteria = [WhereEvaluator.Instance];
    private static readonly IEvaluator[] All = [WhereEvaluator.Instance, OrderEvaluator.Instance, PaginationEvaluator.Instance];

    /// <summary>The shared instance (stateless).</summary>
    public static QueryableSpecificationEvaluator Default { get; } = new();

    /// <inheritdoc />
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.SearchCriterias.Any())
        {
            throw new NotSupportedException("Search (LIKE) criteria need a provider's LIKE function; use Where with string methods instead.");
        }
        foreach (var evaluator in evaluateCriteriaOnly ? Criteria : All)
        {
            inputQuery = evaluator.GetQuery(inputQuery, specification);
        }
        return inputQuery;
    }

    /// <inheritdoc />
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        var query = GetQuery(inputQuery, (ISpecification<T>)specification);
        if (specification.Selector is not null)
        {
            return query.Select(specification.Selector);
        }
        if (specification.SelectorMany is not null)
        {
            return query.SelectMany(specification.SelectorMany);
        }
        throw new InvalidOperationException("A projecting specification needs a Select or SelectMany.");
    }
}
