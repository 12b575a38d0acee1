using System.Runtime.CompilerServices;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// How many entries of an append-only ledger are stored, remembered per loaded aggregate instance:
/// the version check of the aggregate's row makes the count read at load exact at save, so a save
/// inserts the entries past it without counting the table again. An instance the store did not
/// load (or one saved after a rolled-back unit of work) falls back to counting.
/// </summary>
internal sealed class StoredEntryCounts
{
    private readonly ConditionalWeakTable<object, StrongBox<int>> _counts = [];

    /// <summary>Remembers that <paramref name="count"/> entries of <paramref name="aggregate"/> are stored.</summary>
    public void Remember(object aggregate, int count) => _counts.AddOrUpdate(aggregate, new StrongBox<int>(count));

    /// <summary>Forgets <paramref name="aggregate"/>'s count (its unit of work did not commit).</summary>
    public void Forget(object aggregate) => _counts.Remove(aggregate);

    /// <summary>The stored count of <paramref name="aggregate"/>: none when it was just added, the remembered one, or <paramref name="count"/>.</summary>
    public async Task<int> StoredAsync(object aggregate, bool added, Func<Task<int>> count) =>
        added ? 0 : _counts.TryGetValue(aggregate, out var box) ? box.Value : await count().ConfigureAwait(false);
}
