using System.Linq.Expressions;
using System.Reflection;
using Insertion.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The collections of aggregates stored as rows of their own table (a stored part), which a
/// specification may test with <c>Any</c>: the test becomes an <c>EXISTS</c> subquery on the rows of
/// the same aggregate. The predicate reads the element's members by name on the row, so a member
/// the row does not have fails loudly (EF cannot translate it).
/// </summary>
internal sealed class StoredCollections
{
    private static readonly MethodInfo AnyMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 2);

    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    private static readonly StoredCollections[] All =
    [
        new(typeof(Cohort), nameof(Cohort.Members), typeof(CohortMemberRow), nameof(CohortMemberRow.Cohort), nameof(Cohort.Id)),
    ];

    private StoredCollections(Type owner, string member, Type row, string rowOwner, string ownerKey)
    {
        Owner = owner;
        Member = member;
        Row = row;
        RowOwner = rowOwner;
        OwnerKey = ownerKey;
    }

    private Type Owner { get; }

    private string Member { get; }

    private Type Row { get; }

    private string RowOwner { get; }

    private string OwnerKey { get; }

    /// <summary>The stored collection <paramref name="member"/> of <paramref name="owner"/>, or null.</summary>
    public static StoredCollections? Find(Type owner, string member) =>
        Array.Find(All, c => c.Owner == owner && string.Equals(c.Member, member, StringComparison.Ordinal));

    /// <summary><c>rows.Any(r =&gt; r.Owner == owner.Key &amp;&amp; predicate(r))</c> over the rows' table.</summary>
    public Expression Any(DbContext db, Expression owner, LambdaExpression? predicate)
    {
        var r = Expression.Parameter(Row, "r");
        Expression test = Expression.Equal(Expression.Property(r, RowOwner), Expression.Property(owner, OwnerKey));
        if (predicate is not null)
        {
            test = Expression.AndAlso(test, new ElementToRow(predicate.Parameters[0], r).Visit(predicate.Body));
        }
        var rows = ((IQueryable)SetMethod.MakeGenericMethod(Row).Invoke(db, null)!).Expression;
        return Expression.Call(AnyMethod.MakeGenericMethod(Row), rows, Expression.Quote(Expression.Lambda(test, r)));
    }

    private sealed class ElementToRow(ParameterExpression element, ParameterExpression row) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == element && row.Type.GetProperty(node.Member.Name) is { } p
                ? Expression.Property(row, p)
                : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == element ? throw new InvalidOperationException($"A test of a stored collection may only read members of its elements; '{node}' is used whole.") : node;
    }
}
