namespace Insertion.Abstractions;

/// <summary>
/// The in-memory database behind <see cref="InMemoryRepository{T}"/>: one per host (a singleton),
/// shared by every scope, so that two service instances over it behave as two processes over one
/// database. It keeps its own copies of what is saved (changing a loaded aggregate changes nothing
/// stored until it is saved), checks each aggregate's <see cref="IAggregateRoot.Version"/> on save
/// and commits a unit of work's writes all together or not at all. Data lives as long as the store.
/// </summary>
public sealed class InMemoryStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, Table> _tables = [];

    /// <summary>Every stored aggregate of type <typeparamref name="T"/>, in the order added (the stored instances: callers copy before handing out).</summary>
    internal IReadOnlyList<T> Rows<T>() where T : class, IAggregateRoot
    {
        lock (_gate)
        {
            if (!_tables.TryGetValue(typeof(T), out var table))
            {
                return [];
            }
            var rows = new T[table.Order.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = (T)table.Rows[table.Order[i]];
            }
            return rows;
        }
    }

    /// <summary>The stored instance with that key, or null (callers copy before handing out).</summary>
    internal T? Row<T>(string key) where T : class, IAggregateRoot
    {
        lock (_gate)
        {
            return _tables.TryGetValue(typeof(T), out var table) && table.Rows.TryGetValue(key, out var row) ? (T)row : null;
        }
    }

    /// <summary>The number of stored aggregates of type <typeparamref name="T"/>.</summary>
    internal int Count<T>()
    {
        lock (_gate)
        {
            return _tables.TryGetValue(typeof(T), out var table) ? table.Order.Count : 0;
        }
    }

    /// <summary>
    /// Commits writes together: every one is checked first (an add needs a free key, an update or a
    /// delete the stored version the aggregate was loaded with), then all are applied, each saved
    /// aggregate as a copy with its version moved on by one (the caller's instance gets the new version).
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A check failed: nothing was written.</exception>
    internal void Commit(IReadOnlyList<StoreWrite> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }
        // Copies are made before taking the lock: the store's lock is never held while copying.
        var copies = new IAggregateRoot?[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i].Kind != StoreWriteKind.Delete)
            {
                copies[i] = StoredCopy.Of(writes[i].Entity);
            }
        }
        lock (_gate)
        {
            foreach (var w in writes)
            {
                var table = TableOf(w.Entity.GetType());
                var exists = table.Rows.TryGetValue(w.Entity.Key, out var current);
                var name = w.Entity.GetType().Name;
                switch (w.Kind)
                {
                    case StoreWriteKind.Add when exists:
                        throw new ConcurrencyConflictException(name, w.Entity.Key, $"A {name} with key '{w.Entity.Key}' is already stored.");
                    case StoreWriteKind.Update or StoreWriteKind.Delete when !exists:
                        throw new ConcurrencyConflictException(name, w.Entity.Key, $"The {name} '{w.Entity.Key}' is not stored (never saved, or removed by another writer).");
                    case StoreWriteKind.Update or StoreWriteKind.Delete when ((IAggregateRoot)current!).Version != w.ExpectedVersion:
                        throw new ConcurrencyConflictException(name, w.Entity.Key,
                            $"The {name} '{w.Entity.Key}' was saved by another writer since it was loaded (version {w.ExpectedVersion}, now {((IAggregateRoot)current!).Version}): reload and retry.");
                }
            }
            for (var i = 0; i < writes.Count; i++)
            {
                var w = writes[i];
                var table = TableOf(w.Entity.GetType());
                switch (w.Kind)
                {
                    case StoreWriteKind.Delete:
                        table.Rows.Remove(w.Entity.Key);
                        table.Order.Remove(w.Entity.Key);
                        break;
                    default:
                        var version = w.ExpectedVersion + 1;
                        copies[i]!.Version = version;
                        if (w.Kind == StoreWriteKind.Add)
                        {
                            table.Order.Add(w.Entity.Key);
                        }
                        table.Rows[w.Entity.Key] = copies[i]!;
                        w.Entity.Version = version;
                        break;
                }
            }
        }
    }

    private Table TableOf(Type type)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            table = new Table();
            _tables[type] = table;
        }
        return table;
    }

    private sealed class Table
    {
        public List<string> Order { get; } = [];

        public Dictionary<string, IAggregateRoot> Rows { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>What a write does.</summary>
internal enum StoreWriteKind
{
    Add,
    Update,
    Delete,
}

/// <summary>One pending write: the aggregate (copied at commit) and the version it was loaded with.</summary>
internal sealed record StoreWrite(StoreWriteKind Kind, IAggregateRoot Entity, long ExpectedVersion);
