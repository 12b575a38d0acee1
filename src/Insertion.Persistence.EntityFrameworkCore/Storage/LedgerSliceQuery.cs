using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// A <see cref="LedgerSlice"/> as SQL, for any ledger's entry table: the entries with the slice's
/// keys and those reversing them, and the sum of the minutes of each of its days (one <c>GROUP BY</c>
/// over the (ledger, day) index: a row per day, whatever the number of entries in the window). The
/// values are parameters, so that the database caches one query shape.
/// </summary>
/// <remarks>
/// The entries are one branch per index joined by <c>UNION ALL</c>, unordered: an <c>OR</c> of the
/// two, a <c>UNION</c> or an <c>ORDER BY</c> lets SQLite (3.53, as bundled with Microsoft.Data.Sqlite)
/// merge the branches in key order by reading every entry of the ledger through its primary key — a
/// command's cost growing with the history. An entry found by both branches is kept once;
/// <c>LedgerSliceQueryPlanTests</c> checks the plan.
/// </remarks>
internal static class LedgerSliceQuery
{
    /// <summary>
    /// The slice of <paramref name="ledgers"/> (ids in <paramref name="ledgerColumn"/> of
    /// <paramref name="table"/>, entries mapped to <typeparamref name="TRow"/>): the entries with its
    /// keys or reversing one of them, in the order of their ledger and sequence, and the minutes of
    /// each of its days per ledger when it has days.
    /// </summary>
    public static async Task<SliceRows<TRow>> LoadAsync<TRow>(InsertionDbContext db, string table, string ledgerColumn,
        IReadOnlyCollection<string> ledgers, LedgerSlice slice, Func<TRow, string> ledger, Func<TRow, long> sequence, CancellationToken cancellationToken)
        where TRow : class
    {
        var entries = slice.Keys.Count == 0 ? [] : await EntriesAsync(db, table, ledgerColumn, ledgers, slice, ledger, sequence, cancellationToken).ConfigureAwait(false);
        var days = slice.Days is { } window ? await DayTotalsAsync(db, table, ledgerColumn, ledgers, window, cancellationToken).ConfigureAwait(false) : null;
        return new SliceRows<TRow>(entries, days);
    }

    /// <summary>
    /// The SQL of the slice's entries for <paramref name="ledgers"/> ledger ids (placeholders
    /// <c>{0}</c> on) then <paramref name="keys"/> keys: one branch per index — (ledger, key) and
    /// (ledger, reversed key) — joined by <c>UNION ALL</c>, unordered; one text per number of ledgers
    /// and keys, so that EF and the database cache its plan.
    /// </summary>
    internal static string EntriesSql(string table, string ledgerColumn, int ledgers, int keys)
    {
        var inLedgers = SqlParameters.List(0, ledgers);
        var inKeys = SqlParameters.List(ledgers, keys);
        return $"SELECT * FROM \"{table}\" WHERE \"{ledgerColumn}\" IN ({inLedgers}) AND \"IdempotencyKey\" IN ({inKeys}) " +
            $"UNION ALL SELECT * FROM \"{table}\" WHERE \"{ledgerColumn}\" IN ({inLedgers}) AND \"Reverses\" IN ({inKeys})";
    }

    private static async Task<List<TRow>> EntriesAsync<TRow>(InsertionDbContext db, string table, string ledgerColumn,
        IReadOnlyCollection<string> ledgers, LedgerSlice slice, Func<TRow, string> ledger, Func<TRow, long> sequence, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = new List<TRow>();
        var keys = slice.Keys.ToList();
        foreach (var chunk in SqlParameters.Chunks(ledgers))
        {
#pragma warning disable EF1002 // The SQL text holds the table's own names and placeholders; every value is a parameter.
            rows.AddRange(await db.Set<TRow>().FromSqlRaw(EntriesSql(table, ledgerColumn, chunk.Length, keys.Count), [.. chunk, .. keys])
                .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false));
#pragma warning restore EF1002
        }
        // An entry found by both branches once, in the order of its ledger and sequence.
        return [.. rows.DistinctBy(r => (ledger(r), sequence(r))).OrderBy(ledger, StringComparer.Ordinal).ThenBy(sequence)];
    }

    private static async Task<Dictionary<string, Dictionary<DateOnly, long>>> DayTotalsAsync(InsertionDbContext db, string table, string ledgerColumn,
        IReadOnlyCollection<string> ledgers, DateRange days, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, Dictionary<DateOnly, long>>(StringComparer.Ordinal);
        foreach (var chunk in SqlParameters.Chunks(ledgers))
        {
            var sql = $"SELECT \"{ledgerColumn}\" AS \"Ledger\", \"On\" AS \"Day\", SUM(\"Minutes\") AS \"Minutes\" FROM \"{table}\" " +
                $"WHERE \"{ledgerColumn}\" IN ({SqlParameters.List(2, chunk.Length)}) AND \"On\" >= {{0}} AND \"On\" <= {{1}} " +
                $"GROUP BY \"{ledgerColumn}\", \"On\"";
#pragma warning disable EF1002 // The SQL text holds the table's own names and placeholders; every value is a parameter.
            var rows = await db.Database.SqlQueryRaw<DayTotalRow>(sql, [days.Start, days.End, .. chunk]).ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
            foreach (var r in rows)
            {
                if (!totals.TryGetValue(r.Ledger, out var byDay))
                {
                    totals[r.Ledger] = byDay = [];
                }
                byDay[r.Day] = r.Minutes;
            }
        }
        return totals;
    }

    private sealed class DayTotalRow
    {
        public string Ledger { get; set; } = "";

        public DateOnly Day { get; set; }

        public long Minutes { get; set; }
    }
}
