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
    private const int Chunk = 500;

    /// <summary>Whether the slice names keys, so that its entries are worth a query.</summary>
    public static bool HasEntries(LedgerSlice slice) => slice.Keys.Count > 0;

    /// <summary>
    /// The entries of <paramref name="ledgers"/> (ids in <paramref name="ledgerColumn"/> of
    /// <paramref name="table"/>, mapped to <typeparamref name="TRow"/>) with the slice's keys or
    /// reversing one of them, in the order of their ledger and sequence: one SQL text per number of
    /// ledgers and keys, so that EF and the database cache its plan.
    /// </summary>
    public static async Task<List<TRow>> EntriesAsync<TRow>(InsertionDbContext db, string table, string ledgerColumn,
        IEnumerable<string> ledgers, LedgerSlice slice, Func<TRow, string> ledger, Func<TRow, long> sequence, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = new List<TRow>();
        if (!HasEntries(slice))
        {
            return rows;
        }
        var keys = slice.Keys.ToList();
        foreach (var chunk in ledgers.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
#pragma warning disable EF1002 // The SQL text holds the table's own names and placeholders; every value is a parameter.
            rows.AddRange(await db.Set<TRow>().FromSqlRaw(EntriesSql(table, ledgerColumn, chunk.Length, keys.Count), [.. chunk, .. keys])
                .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false));
#pragma warning restore EF1002
        }
        return Distinct(rows, ledger, sequence);
    }

    /// <summary>
    /// The SQL of <see cref="EntriesAsync{TRow}"/> for <paramref name="ledgers"/> ledger ids
    /// (placeholders <c>{0}</c> on) then <paramref name="keys"/> keys: one branch per index —
    /// (ledger, key) and (ledger, reversed key) — joined by <c>UNION ALL</c>, unordered.
    /// </summary>
    internal static string EntriesSql(string table, string ledgerColumn, int ledgers, int keys)
    {
        var inLedgers = string.Join(", ", Enumerable.Range(0, ledgers).Select(i => "{" + i + "}"));
        var inKeys = string.Join(", ", Enumerable.Range(ledgers, keys).Select(i => "{" + i + "}"));
        return $"SELECT * FROM \"{table}\" WHERE \"{ledgerColumn}\" IN ({inLedgers}) AND \"IdempotencyKey\" IN ({inKeys}) " +
            $"UNION ALL SELECT * FROM \"{table}\" WHERE \"{ledgerColumn}\" IN ({inLedgers}) AND \"Reverses\" IN ({inKeys})";
    }

    /// <summary>The rows found by the two branches once each, in the order of their ledger and sequence.</summary>
    private static List<TRow> Distinct<TRow>(IEnumerable<TRow> rows, Func<TRow, string> ledger, Func<TRow, long> sequence) =>
        [.. rows.DistinctBy(r => (ledger(r), sequence(r))).OrderBy(ledger, StringComparer.Ordinal).ThenBy(sequence)];

    /// <summary>
    /// The minutes stored on each day of the slice's days, per ledger (its id in
    /// <paramref name="ledgerColumn"/> of <paramref name="table"/>); empty when the slice has no days.
    /// </summary>
    public static async Task<Dictionary<string, Dictionary<DateOnly, long>>> DayTotalsAsync(InsertionDbContext db, string table, string ledgerColumn,
        IEnumerable<string> ledgers, LedgerSlice slice, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, Dictionary<DateOnly, long>>(StringComparer.Ordinal);
        if (slice.Days is not { } days)
        {
            return totals;
        }
        foreach (var chunk in ledgers.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var sql = $"SELECT \"{ledgerColumn}\" AS \"Ledger\", \"On\" AS \"Day\", SUM(\"Minutes\") AS \"Minutes\" FROM \"{table}\" " +
                $"WHERE \"{ledgerColumn}\" IN ({string.Join(", ", chunk.Select((_, i) => "{" + (i + 2) + "}"))}) AND \"On\" >= {{0}} AND \"On\" <= {{1}} " +
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
