using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>Reads one property or field of stored rows for the indexes, compiled once per member.</summary>
internal static class RowReader
{
    private static readonly ConcurrentDictionary<MemberInfo, Func<object, object?>> Readers = new();

    /// <summary>The boxed value of <paramref name="member"/> of a row.</summary>
    public static Func<object, object?> Of(MemberInfo member) => Readers.GetOrAdd(member, static m =>
    {
        var row = Expression.Parameter(typeof(object), "row");
        var read = Expression.MakeMemberAccess(Expression.Convert(row, m.DeclaringType!), m);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), row).Compile();
    });
}
