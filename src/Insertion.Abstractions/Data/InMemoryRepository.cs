using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>
/// A thread-safe in-memory repository: the default store, and the reference the persistence
/// adapters are compared with. Specifications are evaluated by Ardalis'
/// <see cref="InMemorySpecificationEvaluator"/>; items keep their insertion order.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
public sealed class InMemoryRepository<T> : IRepository<T>
    where T : class, IAggregateRoot
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly InMemorySpecificationEvaluator _evaluator = InMemorySpecificationEvaluator.Default;

    /// <summary>A snapshot of every item, in insertion order.</summary>
    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return _items.ToList();
        }
    }

    /// <summary>The item with that key, or null (synchronous twin of <see cref="GetByIdAsync{TId}"/>).</summary>
    public T? Find(string key)
    {
        lock (_gate)
        {
            return _byKey.GetValueOrDefault(key);
        }
    }

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (_gate)
        {
            if (!_byKey.TryAdd(entity.Key, entity))
            {
                throw new InvalidOperationException($"An item with key '{entity.Key}' is already stored.");
            }
            _items.Add(entity);
        }
        return Task.FromResult(entity);
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        foreach (var e in list)
        {
            await AddAsync(e, cancellationToken).ConfigureAwait(false);
        }
        return list;
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (_gate)
        {
            if (!_byKey.TryGetValue(entity.Key, out var current))
            {
                return Task.FromResult(0);
            }
            if (!ReferenceEquals(current, entity))
            {
                _items[_items.IndexOf(current)] = entity;
                _byKey[entity.Key] = entity;
            }
            return Task.FromResult(1);
        }
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var n = 0;
        foreach (var e in entities)
        {
            n += await UpdateAsync(e, cancellationToken).ConfigureAwait(false);
        }
        return n;
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (_gate)
        {
            if (!_byKey.Remove(entity.Key, out var current))
            {
                return Task.FromResult(0);
            }
            _items.Remove(current);
            return Task.FromResult(1);
        }
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var n = 0;
        foreach (var e in entities.ToList())
        {
            n += await DeleteAsync(e, cancellationToken).ConfigureAwait(false);
        }
        return n;
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
        Task.FromResult(WhereEvaluator.Instance.Evaluate(Snapshot(), specification).Count());

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot().Count);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(WhereEvaluator.Instance.Evaluate(Snapshot(), specification).Any());

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot().Count > 0);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification))
        {
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Evaluates a specification synchronously over a snapshot.</summary>
    public IEnumerable<T> Evaluate(ISpecification<T> specification) => _evaluator.Evaluate(Snapshot(), specification);

    /// <summary>Evaluates a projecting specification synchronously over a snapshot.</summary>
    public IEnumerable<TResult> Evaluate<TResult>(ISpecification<T, TResult> specification) => _evaluator.Evaluate(Snapshot(), specification);
}
