using System.Linq.Expressions;
using Insertion.Abstractions;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The entries of a <see cref="LedgerSlice"/> as SQL, for any ledger's entry table: one branch per
/// index — the slice's keys, the entries reversing them, its days — joined by <c>UNION</c> (an
/// <c>OR</c> of the three would let the database read every entry of the ledger). The values are
/// parameters (closure members), so that EF Core caches one query shape.
/// </summary>
internal static class LedgerSliceQuery
{
    public static IQueryable<TRow> Of<TRow>(IQueryable<TRow> rows, LedgerSlice slice,
        Expression<Func<TRow, string>> key, Expression<Func<TRow, string?>> reverses, Expression<Func<TRow, DateOnly>> on)
    {
        var values = new SliceValues(slice);
        var sliced = rows.Where(Keys(key, values)).Union(rows.Where(Reversing(reverses, values)));
        return slice.Days is null ? sliced : sliced.Union(rows.Where(Dated(on, values)));
    }

    private static Expression<Func<TRow, bool>> Keys<TRow>(Expression<Func<TRow, string>> key, SliceValues values) =>
        Expression.Lambda<Func<TRow, bool>>(Contains(values, key.Body), key.Parameters);

    private static Expression<Func<TRow, bool>> Reversing<TRow>(Expression<Func<TRow, string?>> reverses, SliceValues values) =>
        Expression.Lambda<Func<TRow, bool>>(
            Expression.AndAlso(Expression.NotEqual(reverses.Body, Expression.Constant(null, typeof(string))), Contains(values, reverses.Body)),
            reverses.Parameters);

    private static Expression<Func<TRow, bool>> Dated<TRow>(Expression<Func<TRow, DateOnly>> on, SliceValues values)
    {
        var box = Expression.Constant(values);
        return Expression.Lambda<Func<TRow, bool>>(
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(on.Body, Expression.Field(box, nameof(SliceValues.From))),
                Expression.LessThanOrEqual(on.Body, Expression.Field(box, nameof(SliceValues.To)))),
            on.Parameters);
    }

    private static MethodCallExpression Contains(SliceValues values, Expression item) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Field(Expression.Constant(values), nameof(SliceValues.Keys)), item);

    // A closure for the query's parameters, as the C# compiler would make.
    private sealed class SliceValues(LedgerSlice slice)
    {
        public readonly List<string> Keys = [.. slice.Keys];
        public readonly DateOnly From = slice.Days?.Start ?? default;
        public readonly DateOnly To = slice.Days?.End ?? default;
    }
}
