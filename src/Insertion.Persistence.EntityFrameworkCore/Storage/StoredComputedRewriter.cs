using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Rewrites a query so that a specification reading a computed property stored as a column
/// (<c>c.Key</c>, a PASS's <c>End</c>) reads that column (<c>EF.Property</c>), and a set's
/// <c>Contains</c> becomes <see cref="Enumerable.Contains{TSource}(IEnumerable{TSource}, TSource)"/>,
/// which EF translates to <c>IN</c>, and a test on a collection stored as rows of its own table
/// (<c>c.Members.Any(m =&gt; m.Person == p)</c>, <see cref="StoredCollections"/>) becomes a subquery
/// on that table. Anything else is left as written: what EF cannot translate
/// still fails loudly, never filters a table in memory.
/// </summary>
internal sealed class StoredComputedRewriter(DbContext db) : ExpressionVisitor
{
    private readonly IModel model = db.Model;

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public IQueryable<TResult> Rewrite<TResult>(IQueryable<TResult> query) =>
        query.Provider.CreateQuery<TResult>(Visit(query.Expression));

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is not null && node.Member is PropertyInfo)
        {
            var target = node.Expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } convert
                ? convert.Operand
                : node.Expression;
            if (model.FindEntityType(target.Type) is { } entityType
                && entityType.StoredComputed().TryGetValue(node.Member.Name, out var shadow)
                && !string.Equals(shadow, node.Member.Name, StringComparison.Ordinal))
            {
                return Expression.Call(PropertyMethod.MakeGenericMethod(node.Type), Visit(target), Expression.Constant(shadow));
            }
        }
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object is not null && node.Method.Name == nameof(HashSet<int>.Contains) && node.Arguments.Count == 1
            && node.Object.Type.IsGenericType && node.Object.Type.GetGenericTypeDefinition() == typeof(HashSet<>))
        {
            var element = node.Object.Type.GetGenericArguments()[0];
            return Expression.Call(ContainsMethod.MakeGenericMethod(element), Visit(node.Object), Visit(node.Arguments[0]));
        }
        if (node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name == nameof(Enumerable.Any)
            && node.Arguments[0] is MemberExpression { Expression: { } owner } collection
            && StoredCollections.Find(owner.Type, collection.Member.Name) is { } stored)
        {
            var predicate = node.Arguments.Count == 2 ? (LambdaExpression)node.Arguments[1] : null;
            return stored.Any(db, Visit(owner), predicate);
        }
        return base.VisitMethodCall(node);
    }
}
