namespace Insertion.Abstractions;

/// <summary>
/// The <see cref="IUnitOfWork"/> of the in-memory store (one per scope): inside
/// <see cref="ExecuteAsync{T}"/>, the scope's repositories queue their writes, committed together
/// by <see cref="InMemoryStore"/> at the end (all checked, then all applied), or dropped when the
/// work throws. Outside one, each write commits at once.
/// </summary>
public sealed class InMemoryUnitOfWork(InMemoryStore store) : IUnitOfWork
{
    private List<StoreWrite>? _pending;

    /// <summary>The store it commits to.</summary>
    internal InMemoryStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <inheritdoc />
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_pending is not null)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        _pending = [];
        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            Store.Commit(_pending);
            return result;
        }
        finally
        {
            _pending = null;
        }
    }

    /// <summary>Queues a write (inside a unit) or commits it at once.</summary>
    internal void Write(StoreWriteKind kind, IAggregateRoot entity)
    {
        if (_pending is null)
        {
            Store.Commit([new StoreWrite(kind, entity, entity.Version)]);
            return;
        }
        // One write per aggregate: an add then an update stays an add of the latest state; a delete wins.
        var i = _pending.FindIndex(w => w.Entity.GetType() == entity.GetType() && w.Entity.Key == entity.Key);
        if (i < 0)
        {
            _pending.Add(new StoreWrite(kind, entity, entity.Version));
            return;
        }
        var earlier = _pending[i];
        if (kind == StoreWriteKind.Delete && earlier.Kind == StoreWriteKind.Add)
        {
            _pending.RemoveAt(i);
            return;
        }
        _pending[i] = earlier with
        {
            Kind = kind == StoreWriteKind.Delete ? StoreWriteKind.Delete : earlier.Kind,
            Entity = entity,
        };
    }
}
