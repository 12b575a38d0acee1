using Ardalis.Specification;
using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The EF Core <see cref="IRepository{T}"/>, behaving as the in-memory one does: each load is a
/// fresh copy (nothing is tracked between calls: changing a loaded aggregate changes nothing stored
/// until it is saved), a save checks and moves on the version (a stale save raises
/// <see cref="ConcurrencyConflictException"/>), writes join the scope's <see cref="EfUnitOfWork"/>.
/// Specifications run as SQL: the core Ardalis evaluators composed over <see cref="IQueryable{T}"/>
/// (<see cref="QueryableSpecificationEvaluator"/>); one EF cannot translate fails with EF's
/// <see cref="InvalidOperationException"/>, never filters a table in memory. Results without an
/// order come by key; ties of a specification's order are broken by key.
/// <see cref="SaveChangesAsync"/> does nothing: each write is saved by itself, or with its unit of work.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public sealed class EfRepository<T> : IRepository<T>
    where T : class, IAggregateRoot
{

    private readonly EfUnitOfWork _unitOfWork;
    private readonly IReadOnlyList<IStoredPart<T>> _parts;

    /// <summary>The repository of the scope whose unit of work is <paramref name="unitOfWork"/>.</summary>
    public EfRepository(EfUnitOfWork unitOfWork, IServiceProvider services)
    {
        _unitOfWork = unitOfWork ?? throw new ArgumentNullException(nameof(unitOfWork));
        ArgumentNullException.ThrowIfNull(services);
        _parts = services.GetServices<IStoredPart<T>>().ToList();
    }

    private InsertionDbContext Db => _unitOfWork.Db;

    private string KeyProperty => Db.Model.FindEntityType(typeof(T))!.KeyProperty();

    private IQueryable<T> Rows => Db.Set<T>().AsNoTracking();

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _unitOfWork.WriteAsync(WriteKind.Add, entity, _parts, cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await EachAsync(list, WriteKind.Add, cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <exception cref="ConcurrencyConflictException">The stored version is not the one <paramref name="entity"/> was loaded with, or it is not stored.</exception>
    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _unitOfWork.WriteAsync(WriteKind.Update, entity, _parts, cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await EachAsync(list, WriteKind.Update, cancellationToken).ConfigureAwait(false);
        return list.Count;
    }

    /// <inheritdoc />
    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _unitOfWork.WriteAsync(WriteKind.Delete, entity, _parts, cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await EachAsync(list, WriteKind.Delete, cancellationToken).ConfigureAwait(false);
        return list.Count;
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await ListAsync(specification, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        var key = id.ToString() ?? "";
        var found = await Rows.Where(e => EF.Property<string>(e, KeyProperty) == key).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : (await CompleteAsync([found], null, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        (await MaterializeAsync(Query(specification).Take(1), specification, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        (await ListAsync(specification, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        (await MaterializeAsync(Query(specification).Take(2), specification, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        (await ListAsync(specification, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Rewrite(Rows.OrderBy(e => EF.Property<string>(e, KeyProperty))).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(rows, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        MaterializeAsync(Query(specification), specification, cancellationToken);

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var query = Query(specification);
        IQueryable<TResult> projected = specification.Selector is not null
            ? query.Select(specification.Selector)
            : specification.SelectorMany is not null
                ? query.SelectMany(specification.SelectorMany)
                : throw new InvalidOperationException("A projecting specification needs a Select or SelectMany.");
        var rows = await Rewrite(projected).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(rows).ToList() : rows;
    }

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Rewrite(Criteria(specification)).CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Rows.CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Rewrite(Criteria(specification)).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Rows.AnyAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in await ListAsync(specification).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>The SQL query of a specification (where, order with key as tie-break, paging), before materialisation.</summary>
    internal IQueryable<T> Query(ISpecification<T> specification)
    {
        var query = OrderEvaluator.Instance.GetQuery(Criteria(specification), specification);
        query = query.Expression is System.Linq.Expressions.MethodCallExpression { Method.Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" }
            ? ((IOrderedQueryable<T>)query).ThenBy(e => EF.Property<string>(e, KeyProperty))
            : query.OrderBy(e => EF.Property<string>(e, KeyProperty));
        return PaginationEvaluator.Instance.GetQuery(query, specification);
    }

    private IQueryable<T> Criteria(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return QueryableSpecificationEvaluator.Default.GetQuery(Rows, specification, evaluateCriteriaOnly: true);
    }

    private IQueryable<TResult> Rewrite<TResult>(IQueryable<TResult> query) => new StoredComputedRewriter(Db).Rewrite(query);

    private async Task<List<T>> MaterializeAsync(IQueryable<T> query, ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var rows = await Rewrite(query).ToListAsync(cancellationToken).ConfigureAwait(false);
        rows = await CompleteAsync(rows, (specification as ILedgerSliceSpecification)?.Slice, cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(rows).ToList() : rows;
    }

    // A specification may ask for a slice of a ledger (ILedgerSliceSpecification); otherwise every stored part is loaded whole.
    private async Task<List<T>> CompleteAsync(List<T> rows, LedgerSlice? slice, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            foreach (var part in _parts)
            {
                await part.LoadAsync(Db, rows, slice, cancellationToken).ConfigureAwait(false);
            }
        }
        return rows;
    }

    private Task EachAsync(List<T> entities, WriteKind kind, CancellationToken cancellationToken) =>
        _unitOfWork.ExecuteAsync(async ct =>
        {
            foreach (var e in entities)
            {
                await _unitOfWork.WriteAsync(kind, e, _parts, ct).ConfigureAwait(false);
            }
        }, cancellationToken);
}
