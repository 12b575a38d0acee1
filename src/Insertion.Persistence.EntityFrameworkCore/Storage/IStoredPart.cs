namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// A part of an aggregate stored in its own table and not as an EF navigation (an append-only
/// ledger's entries): loaded after the aggregates, saved with the aggregate's row (one
/// <c>SaveChanges</c>, in the unit of work's transaction).
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
internal interface IStoredPart<in T>
    where T : class
{
    /// <summary>Completes freshly materialised aggregates with their stored part: all of it, or the <paramref name="slice"/> of a ledger a command reads.</summary>
    Task LoadAsync(InsertionDbContext db, IReadOnlyList<T> aggregates, Insertion.Abstractions.LedgerSlice? slice, CancellationToken cancellationToken);

    /// <summary>
    /// Stages what the aggregate holds and the store does not yet: adds it to <paramref name="db"/>'s
    /// tracker, to be saved with the aggregate's row by one <c>SaveChanges</c> (the unit of work's
    /// transaction undoes it all when the row's version check fails).
    /// </summary>
    /// <param name="db">The scope's context, the aggregate's row tracked.</param>
    /// <param name="aggregate">The aggregate being saved.</param>
    /// <param name="added">Whether the aggregate is being added (nothing of it stored before).</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    /// <returns>What to do once the save succeeded (remember a stored count), or <see langword="null"/>.</returns>
    Task<Action?> StageAsync(InsertionDbContext db, T aggregate, bool added, CancellationToken cancellationToken);
}
