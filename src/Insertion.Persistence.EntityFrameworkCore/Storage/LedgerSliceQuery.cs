using System.Linq.Expressions;
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
/// command's cost growing with the history. The caller drops an entry found by both branches and
/// sorts (<see cref="Distinct{TRow, TLedger}"/>); <c>LedgerSliceQueryPlanTests</c> checks the plan.
/// </remarks>
internal static class LedgerSliceQuery
{
    private const int Chunk = 500;

    /// <summary>Whether the slice names keys, so that its entries are worth a query.</summary>
    public static bool HasEntries(LedgerSlice slice) => slice.Keys.Count > 0;

    /// <summary>The entries with the slice's keys or reversing one of them, unordered, an entry found by both branches twice (see <see cref="Distinct{TRow, TLedger}"/>).</summary>
    public static IQueryable<TRow> Of<TRow>(IQueryable<TRow> rows, LedgerSlice slice,
        Expression<Func<TRow, string>> key, Expression<Func<TRow, string?>> reverses)
    {
        var values = new SliceValues(slice);
        return rows.Where(Keys(key, values)).Concat(rows.Where(Reversing(reverses, values)));
    }

    /// <summary>The rows of <see cref="Of{TRow}"/> once each, in the order of their ledger and sequence.</summary>
    public static List<TRow> Distinct<TRow, TLedger>(IEnumerable<TRow> rows, Func<TRow, TLedger> ledger, Func<TRow, long> sequence)
        where TLedger : IComparable<TLedger> =>
        [.. rows.DistinctBy(r => (ledger(r), sequence(r))).OrderBy(ledger).ThenBy(sequence)];

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

    private static Expression<Func<TRow, bool>> Keys<TRow>(Expression<Func<TRow, string>> key, SliceValues values) =>
        Expression.Lambda<Func<TRow, bool>>(Contains(values, key.Body), key.Parameters);

    // The keys are never null, so that IN (...) leaves out the entries reversing nothing.
    private static Expression<Func<TRow, bool>> Reversing<TRow>(Expression<Func<TRow, string?>> reverses, SliceValues values) =>
        Expression.Lambda<Func<TRow, bool>>(Contains(values, reverses.Body), reverses.Parameters);

    private static MethodCallExpression Contains(SliceValues values, Expression item) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Field(Expression.Constant(values), nameof(SliceValues.Keys)), item);

    // A closure for the query's parameters, as the C# compiler would make.
    private sealed class SliceValues(LedgerSlice slice)
    {
        public readonly List<string> Keys = [.. slice.Keys];
    }

    private sealed class DayTotalRow
    {
        public string Ledger { get; set; } = "";

        public DateOnly Day { get; set; }

        public long Minutes { get; set; }
    }
}
