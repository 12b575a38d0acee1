using System.Reflection;

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
    private readonly Dictionary<Type, InMemoryTable> _tables = [];

    /// <summary>Every stored aggregate of type <typeparamref name="T"/>, in the order added (the stored instances: callers copy before handing out).</summary>
    internal IReadOnlyList<T> Rows<T>() where T : class, IAggregateRoot
    {
        lock (_gate)
        {
            return _tables.TryGetValue(typeof(T), out var table) ? [.. table.Rows().Select(r => (T)r.Row)] : [];
        }
    }

    /// <summary>
    /// The stored aggregates that pass <paramref name="predicate"/> (all when null), in the order added,
    /// at most <paramref name="limit"/>: the candidates come from the most selective of the
    /// <paramref name="terms"/> an index answers (every row when none), then the predicate filters them.
    /// The stored instances: callers copy before handing out.
    /// </summary>
    internal List<T> Select<T>(IReadOnlyList<IndexedTerm> terms, Func<T, bool>? predicate, int limit = int.MaxValue)
        where T : class, IAggregateRoot
    {
        var result = new List<T>();
        lock (_gate)
        {
            if (!_tables.TryGetValue(typeof(T), out var table))
            {
                return result;
            }
            foreach (var row in Candidates(table, terms))
            {
                var item = (T)row.Row;
                if (predicate is null || predicate(item))
                {
                    result.Add(item);
                    if (result.Count >= limit)
                    {
                        break;
                    }
                }
            }
        }
        return result;
    }

    // The smallest candidate list an index gives (equality and keys first; a range only when it keeps
    // fewer rows than those and than a quarter of a table of more than 64 rows, sorting it back to insertion order costing
    // more than a scan beyond), or every row.
    private static IEnumerable<StoredRow> Candidates(InMemoryTable table, IReadOnlyList<IndexedTerm> terms)
    {
        IReadOnlyList<StoredRow>? best = null;
        Dictionary<MemberInfo, (IndexedTerm? Lower, IndexedTerm? Upper)>? ranges = null;
        foreach (var term in terms)
        {
            if (best is { Count: 0 })
            {
                return best;
            }
            var rows = term.Kind switch
            {
                IndexedTermKind.Equal => table.IndexOf(term.Member!).Lookup(term.Value),
                IndexedTermKind.Keys => table.WithKeys(term.Keys!),
                _ => null,
            };
            if (term.Kind is IndexedTermKind.Lower or IndexedTermKind.Upper)
            {
                ranges ??= [];
                var bounds = ranges.GetValueOrDefault(term.Member!);
                ranges[term.Member!] = term.Kind == IndexedTermKind.Lower ? (bounds.Lower ?? term, bounds.Upper) : (bounds.Lower, bounds.Upper ?? term);
            }
            if (rows is not null && (best is null || rows.Count < best.Count))
            {
                best = rows;
            }
        }
        foreach (var (member, (lower, upper)) in ranges ?? [])
        {
            if (best is { Count: 0 })
            {
                break;
            }
            var max = Math.Min(best?.Count ?? int.MaxValue, table.Count <= 64 ? table.Count + 1 : table.Count / 4);
            if (table.RangeOf(member).Between(lower, upper, max) is { } rows)
            {
                best = rows;
            }
        }
        return best ?? table.Rows();
    }

    /// <summary>The stored instance with that key, or null (callers copy before handing out).</summary>
    internal T? Row<T>(string key) where T : class, IAggregateRoot
    {
        lock (_gate)
        {
            return _tables.TryGetValue(typeof(T), out var table) && table.Find(key) is { } row ? (T)row.Row : null;
        }
    }

    /// <summary>The number of stored aggregates of type <typeparamref name="T"/>.</summary>
    internal int Count<T>()
    {
        lock (_gate)
        {
            return _tables.TryGetValue(typeof(T), out var table) ? table.Count : 0;
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
                var current = TableOf(w.Entity.GetType()).Find(w.Entity.Key);
                var exists = current is not null;
                var name = w.Entity.GetType().Name;
                switch (w.Kind)
                {
                    case StoreWriteKind.Add when exists:
                        throw new ConcurrencyConflictException(name, w.Entity.Key, $"A {name} with key '{w.Entity.Key}' is already stored.");
                    case StoreWriteKind.Update or StoreWriteKind.Delete when !exists:
                        throw new ConcurrencyConflictException(name, w.Entity.Key, $"The {name} '{w.Entity.Key}' is not stored (never saved, or removed by another writer).");
                    case StoreWriteKind.Update or StoreWriteKind.Delete when current!.Row.Version != w.ExpectedVersion:
                        throw new ConcurrencyConflictException(name, w.Entity.Key,
                            $"The {name} '{w.Entity.Key}' was saved by another writer since it was loaded (version {w.ExpectedVersion}, now {current!.Row.Version}): reload and retry.");
                }
            }
            for (var i = 0; i < writes.Count; i++)
            {
                var w = writes[i];
                var table = TableOf(w.Entity.GetType());
                switch (w.Kind)
                {
                    case StoreWriteKind.Delete:
                        table.Remove(table.Find(w.Entity.Key)!);
                        break;
                    default:
                        var version = w.ExpectedVersion + 1;
                        copies[i]!.Version = version;
                        if (w.Kind == StoreWriteKind.Add)
                        {
                            table.Add(copies[i]!);
                        }
                        else
                        {
                            table.Replace(table.Find(w.Entity.Key)!, copies[i]!);
                        }
                        w.Entity.Version = version;
                        break;
                }
            }
        }
    }

    private InMemoryTable TableOf(Type type)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            table = new InMemoryTable();
            _tables[type] = table;
        }
        return table;
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
