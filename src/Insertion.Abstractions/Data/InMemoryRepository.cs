using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>
/// The in-memory <see cref="IRepository{T}"/>: the default store, and the reference the persistence
/// adapters are compared with. It behaves as a database does: it works over an
/// <see cref="InMemoryStore"/> shared by every scope, hands out copies (changing a loaded aggregate
/// changes nothing stored until it is saved), checks versions on save
/// (<see cref="ConcurrencyConflictException"/>), and joins the scope's <see cref="IUnitOfWork"/>.
/// Specifications are evaluated as Ardalis' <see cref="InMemorySpecificationEvaluator"/> does (same
/// results, insertion order when no order is given) by <see cref="InMemoryQuery{T}"/>: criteria compiled
/// once per shape, candidates from the store's indexes, copies only of the rows returned. <see cref="SaveChangesAsync"/> does nothing: each write is committed by
/// itself, or with its unit of work.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public sealed class InMemoryRepository<T> : IRepository<T>
    where T : class, IAggregateRoot
{
    private readonly InMemoryUnitOfWork _unitOfWork;

    /// <summary>A repository over its own new store (tests, one-off tools).</summary>
    public InMemoryRepository()
        : this(new InMemoryUnitOfWork(new InMemoryStore()))
    {
    }

    /// <summary>A repository of the scope whose unit of work is <paramref name="unitOfWork"/>.</summary>
    public InMemoryRepository(InMemoryUnitOfWork unitOfWork)
    {
        _unitOfWork = unitOfWork ?? throw new ArgumentNullException(nameof(unitOfWork));
    }

    private InMemoryStore Store => _unitOfWork.Store;

    /// <summary>A copy of every stored item, in insertion order.</summary>
    public IReadOnlyList<T> Snapshot() => Store.Rows<T>().Select(StoredCopy.Of).ToList();

    /// <summary>A copy of the item with that key, or null (synchronous twin of <see cref="GetByIdAsync{TId}"/>).</summary>
    public T? Find(string key) => Store.Row<T>(key) is { } row ? StoredCopy.Of(row) : null;

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _unitOfWork.Write(StoreWriteKind.Add, entity);
        return Task.FromResult(entity);
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await _unitOfWork.ExecuteAsync(async ct =>
        {
            foreach (var e in list)
            {
                await AddAsync(e, ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <exception cref="ConcurrencyConflictException">The stored version is not the one <paramref name="entity"/> was loaded with, or it is not stored.</exception>
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _unitOfWork.Write(StoreWriteKind.Update, entity);
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await _unitOfWork.ExecuteAsync(async ct =>
        {
            foreach (var e in list)
            {
                await UpdateAsync(e, ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return list.Count;
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _unitOfWork.Write(StoreWriteKind.Delete, entity);
        return Task.FromResult(1);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await _unitOfWork.ExecuteAsync(async ct =>
        {
            foreach (var e in list)
            {
                await DeleteAsync(e, ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return list.Count;
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await ListAsync(specification, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => Task.FromResult(Find(id.ToString() ?? ""));

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot().ToList());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).ToList());

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).ToList());

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemoryQuery<T>.Filter(Store, specification).Count);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(Store.Count<T>());

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemoryQuery<T>.Filter(Store, specification, limit: 1).Count > 0);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Store.Count<T>() > 0);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification))
        {
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Evaluates a specification synchronously; the results are copies.</summary>
    public IEnumerable<T> Evaluate(ISpecification<T> specification) =>
        InMemoryQuery<T>.Evaluate(Store, specification).Select(StoredCopy.Of).ToList();

    /// <summary>Evaluates a projecting specification synchronously; the results are copies.</summary>
    public IEnumerable<TResult> Evaluate<TResult>(ISpecification<T, TResult> specification) =>
        InMemoryQuery<T>.Evaluate(Store, specification).Select(r => r is null or string || typeof(TResult).IsValueType ? r : StoredCopy.Of<object>(r) is TResult c ? c : r).ToList();
}
