using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The <see cref="IUnitOfWork"/> over the scope's <see cref="InsertionDbContext"/>: the work runs
/// inside one database transaction, each repository write is saved inside it (its row and stored
/// parts in one SaveChanges, its version checked at once), and the transaction commits at the end, or rolls back when the work throws (a refusal,
/// a conflict, a cancellation): nothing is half-written. Outside a unit of work each write is its
/// own transaction. Nested calls join the outer unit. As with the in-memory store, a saved
/// aggregate's version moves on by one per unit of work, and the caller's instances get their
/// versions back when the unit fails.
/// </summary>
public sealed class EfUnitOfWork : IUnitOfWork
{
    private readonly InsertionDbContext _db;
    private readonly StoreDialect _dialect;
    private readonly StoredEntryCounts? _counts;
    private readonly Dictionary<(Type, string), long> _written = [];
    private readonly List<(IAggregateRoot Entity, long Version)> _restore = [];
    private bool _active;

    /// <summary>The unit of work of the scope whose context is <paramref name="db"/>.</summary>
    public EfUnitOfWork(InsertionDbContext db, StoreDialect dialect)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));
    }

    /// <summary>The unit of work of a scope whose ledgers' stored entry counts are remembered in <paramref name="counts"/>.</summary>
    internal EfUnitOfWork(InsertionDbContext db, StoreDialect dialect, StoredEntryCounts counts)
        : this(db, dialect)
    {
        _counts = counts;
    }

    /// <summary>The scope's context.</summary>
    internal InsertionDbContext Db => _db;

    /// <inheritdoc />
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_active)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        _active = true;
        _written.Clear();
        _restore.Clear();
        // A transaction the host opened on the context is joined, not replaced.
        var transaction = _db.Database.CurrentTransaction is null
            ? await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        // A failed save fails the whole unit, which rolls its own transaction back: no savepoint per
        // save is needed (two statements each). A host's transaction keeps EF's savepoints.
        _db.Database.AutoSavepointsEnabled = transaction is null;
        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            return result;
        }
        catch
        {
            for (var i = _restore.Count - 1; i >= 0; i--)
            {
                _restore[i].Entity.Version = _restore[i].Version;
                _counts?.Forget(_restore[i].Entity); // what its ledger saved was rolled back
            }
            _db.ChangeTracker.Clear();
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                _db.Database.AutoSavepointsEnabled = true;
            }
            _written.Clear();
            _restore.Clear();
            _active = false;
        }
    }

    /// <summary>Writes one aggregate (and its stored parts) inside the current unit, or in a unit of its own.</summary>
    internal Task WriteAsync<T>(WriteKind kind, T entity, IReadOnlyList<IStoredPart<T>> parts, CancellationToken cancellationToken)
        where T : class, IAggregateRoot =>
        this.ExecuteAsync(ct => WriteNowAsync(kind, entity, parts, ct), cancellationToken);

    private async Task WriteNowAsync<T>(WriteKind kind, T entity, IReadOnlyList<IStoredPart<T>> parts, CancellationToken cancellationToken)
        where T : class, IAggregateRoot
    {
        var id = (typeof(T), entity.Key);
        // One version step per unit of work, as the in-memory store commits one write per aggregate.
        var (expected, next) = _written.TryGetValue(id, out var written) ? (written, written) : (entity.Version, entity.Version + 1);
        _restore.Add((entity, entity.Version));
        // The stored computed columns (a shadow key among them) are set before the entry is tracked.
        var entry = _db.Entry(entity);
        SetStoredComputed(entry);
        switch (kind)
        {
            case WriteKind.Add:
                entity.Version = next;
                entry.State = EntityState.Added;
                break;
            case WriteKind.Update:
                entity.Version = next;
                entry.State = EntityState.Modified;
                entry.Property(e => e.Version).OriginalValue = expected;
                break;
            default:
                entry.State = EntityState.Unchanged;
                entry.Property(e => e.Version).OriginalValue = expected;
                entry.State = EntityState.Deleted;
                break;
        }
        // The row and its stored parts in one SaveChanges: the row's version check and the parts'
        // inserts commit or roll back together, with the unit of work.
        List<Action>? saved = null;
        if (kind != WriteKind.Delete)
        {
            foreach (var part in parts)
            {
                if (await part.StageAsync(_db, entity, kind == WriteKind.Add, cancellationToken).ConfigureAwait(false) is { } then)
                {
                    (saved ??= []).Add(then);
                }
            }
        }
        await SaveChangesAsync(typeof(T).Name, entity.Key, cancellationToken).ConfigureAwait(false);
        saved?.ForEach(then => then());
        _written[id] = next;
    }

    private static void SetStoredComputed<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry)
        where T : class
    {
        foreach (var (clr, shadow) in entry.Metadata.StoredComputed())
        {
            entry.Property(shadow).CurrentValue = typeof(T).GetProperty(clr)!.GetValue(entry.Entity);
        }
    }

    /// <summary>Saves the tracked changes, the store's conflicts as <see cref="ConcurrencyConflictException"/>; the tracker is emptied either way.</summary>
    private async Task SaveChangesAsync(string type, string key, CancellationToken cancellationToken)
    {
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException(type, key,
                $"The {type} '{key}' was saved or removed by another writer since it was loaded: reload and retry.", e);
        }
        catch (DbUpdateException e) when (e.InnerException is { } inner && _dialect.IsUniqueViolation(inner))
        {
            throw new ConcurrencyConflictException(type, key,
                $"A {type} with key '{key}' (or one of its entries) is already stored: reload and retry.", e);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }
}

/// <summary>What a repository write does.</summary>
internal enum WriteKind
{
    Add,
    Update,
    Delete,
}
