namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// A part of an aggregate stored in its own table and not as an EF navigation (an append-only
/// ledger's entries): loaded after the aggregates, saved after the aggregate's row (in the same
/// transaction, once the row's version check passed).
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
internal interface IStoredPart<in T>
    where T : class
{
    /// <summary>Completes freshly materialised aggregates with their stored part: all of it, or the <paramref name="slice"/> of a ledger a command reads.</summary>
    Task LoadAsync(InsertionDbContext db, IReadOnlyList<T> aggregates, Insertion.Abstractions.LedgerSlice? slice, CancellationToken cancellationToken);

    /// <summary>Writes what the aggregate holds and the store does not yet (the version check of its row already passed).</summary>
    /// <param name="db">The scope's context (empty tracker).</param>
    /// <param name="saveChanges">Saves what was added to <paramref name="db"/>, store conflicts as <see cref="Insertion.Abstractions.ConcurrencyConflictException"/>.</param>
    /// <param name="aggregate">The aggregate just saved.</param>
    /// <param name="added">Whether the aggregate was added (nothing of it stored before).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task SaveAsync(InsertionDbContext db, Func<CancellationToken, Task> saveChanges, T aggregate, bool added, CancellationToken cancellationToken);
}
