using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// A term of a specification's criteria that an index can answer: <c>x.Prop == value</c> (an
/// <see cref="EqualityIndex"/> of Prop), <c>x.Date &lt;= value</c> and the other comparisons of a date or
/// number (a <see cref="RangeIndex"/>) or <c>keys.Contains(x.Key)</c> (the table's keys), where value
/// and keys are constants or captured variables. Found among the top-level <c>&amp;&amp;</c> terms of every
/// Where; the store takes the most selective one for candidates and the whole predicate still filters
/// them, so a term only has to be sure to keep every matching row.
/// </summary>
internal sealed class IndexedTerm
{
    private static readonly ConcurrentDictionary<(Type, MemberInfo), bool> IsKeyMember = new();

    private IndexedTerm(IndexedTermKind kind, MemberInfo? member, object? value, IEnumerable<string>? keys, bool inclusive = true)
    {
        Kind = kind;
        Member = member;
        Value = value;
        Keys = keys;
        Inclusive = inclusive;
    }

    /// <summary>What the term asks.</summary>
    public IndexedTermKind Kind { get; }

    /// <summary>The property of an equality or range term (null for a keys term).</summary>
    public MemberInfo? Member { get; }

    /// <summary>The value the property must equal, or its bound.</summary>
    public object? Value { get; }

    /// <summary>Whether a bound includes its value (&lt;=, &gt;=).</summary>
    public bool Inclusive { get; }

    /// <summary>The keys of a keys term (null for an equality term).</summary>
    public IEnumerable<string>? Keys { get; }

    /// <summary>The index-answerable terms of <paramref name="filters"/> (all of which must hold).</summary>
    public static List<IndexedTerm> Of<T>(IEnumerable<Expression<Func<T, bool>>> filters)
    {
        var terms = new List<IndexedTerm>();
        foreach (var filter in filters)
        {
            Collect(filter.Body, filter.Parameters[0], terms);
        }
        return terms;
    }

    private static void Collect(Expression node, ParameterExpression row, List<IndexedTerm> terms)
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.And, Method: null } both when both.Type == typeof(bool):
                Collect(both.Left, row, terms);
                Collect(both.Right, row, terms);
                return;
            case BinaryExpression { NodeType: ExpressionType.Equal } equal:
                if ((Equality(equal, equal.Left, equal.Right, row) ?? Equality(equal, equal.Right, equal.Left, row)) is { } term)
                {
                    terms.Add(term);
                }
                return;
            case BinaryExpression { NodeType: ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } compare:
                if ((Range(compare, compare.Left, compare.Right, row, flipped: false) ?? Range(compare, compare.Right, compare.Left, row, flipped: true)) is { } bound)
                {
                    terms.Add(bound);
                }
                return;
            case MethodCallExpression { Method.Name: "Contains" } call:
                if (KeysTerm(call, row) is { } keys)
                {
                    terms.Add(keys);
                }
                return;
        }
    }

    private static IndexedTerm? Equality(BinaryExpression equal, Expression side, Expression other, ParameterExpression row)
    {
        if (RowMember(side, row) is not { } member || !TryValue(other, out var value))
        {
            return null;
        }
        var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        // The == of the expression must agree with Equals: built-in, string's, or a type's own IEquatable one (records).
        var agrees = equal.Method is null
            || type == typeof(string)
            || (equal.Method.Name == "op_Equality" && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type));
        return agrees ? new IndexedTerm(IndexedTermKind.Equal, member, value, null) : null;
    }

    private static IndexedTerm? Range(BinaryExpression compare, Expression side, Expression other, ParameterExpression row, bool flipped)
    {
        if (RowMember(side, row) is not { } member || !TryValue(other, out var value))
        {
            return null;
        }
        var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!RangeIndex.Supports(type) || (compare.Method is not null && compare.Method.DeclaringType != underlying) || compare.IsLiftedToNull)
        {
            return null;
        }
        // x.P < v is an upper bound; v < x.P (flipped) a lower one.
        var upper = compare.NodeType is ExpressionType.LessThan or ExpressionType.LessThanOrEqual;
        var inclusive = compare.NodeType is ExpressionType.LessThanOrEqual or ExpressionType.GreaterThanOrEqual;
        return new IndexedTerm(upper != flipped ? IndexedTermKind.Upper : IndexedTermKind.Lower, member, value, null, inclusive);
    }

    private static IndexedTerm? KeysTerm(MethodCallExpression call, ParameterExpression row)
    {
        var (source, item) = call switch
        {
            { Object: { } o, Arguments.Count: 1 } => (o, call.Arguments[0]),
            { Object: null, Arguments.Count: 2 } when call.Method.DeclaringType == typeof(Enumerable) => (call.Arguments[0], call.Arguments[1]),
            _ => (null, null),
        };
        if (source is null || RowMember(item!, row) is not { } member || !IsKey(row.Type, member) || !TryValue(source, out var keys))
        {
            return null;
        }
        // Only collections whose Contains is ordinal equality, as the keys of the table are.
        var ordinal = keys switch
        {
            HashSet<string> set => set.Comparer == EqualityComparer<string>.Default || set.Comparer == StringComparer.Ordinal,
            List<string> or string[] => true,
            _ => false,
        };
        return ordinal ? new IndexedTerm(IndexedTermKind.Keys, null, null, (IEnumerable<string>)keys!) : null;
    }

    // x.Prop (or the nullable conversion of it, as in x.State == nullableState).
    private static MemberInfo? RowMember(Expression node, ParameterExpression row)
    {
        if (node is UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert
            && Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type)
        {
            node = convert.Operand;
        }
        return node is MemberExpression { Expression: ParameterExpression p, Member: PropertyInfo or FieldInfo } m && p == row ? m.Member : null;
    }

    private static bool IsKey(Type rowType, MemberInfo member) => IsKeyMember.GetOrAdd((rowType, member), static k =>
    {
        var (type, m) = k;
        if (m is not PropertyInfo { GetMethod: { } getter } || !typeof(IAggregateRoot).IsAssignableFrom(type) || type.IsInterface)
        {
            return m is PropertyInfo && m.DeclaringType == typeof(IAggregateRoot);
        }
        var map = type.GetInterfaceMap(typeof(IAggregateRoot));
        var at = Array.FindIndex(map.InterfaceMethods, i => i.Name == "get_" + nameof(IAggregateRoot.Key));
        return at >= 0 && map.TargetMethods[at].MethodHandle == getter.MethodHandle;
    });

    // The value of an expression that does not read the row: constants, captured variables, their members.
    private static bool TryValue(Expression node, out object? value)
    {
        value = null;
        switch (node)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo or PropertyInfo } member:
                object? target = null;
                if (member.Expression is not null && (!TryValue(member.Expression, out target) || target is null))
                {
                    return false;
                }
                value = member.Member is FieldInfo f ? f.GetValue(target) : ((PropertyInfo)member.Member).GetValue(target);
                return true;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert
                when convert.Type == typeof(object) || convert.Type == convert.Operand.Type || Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type:
                return TryValue(convert.Operand, out value);
            default:
                return false;
        }
    }
}

/// <summary>What an <see cref="IndexedTerm"/> asks.</summary>
internal enum IndexedTermKind
{
    /// <summary>The property equals the value.</summary>
    Equal,

    /// <summary>The property is at most (or below) the value.</summary>
    Upper,

    /// <summary>The property is at least (or above) the value.</summary>
    Lower,

    /// <summary>The key is one of the keys.</summary>
    Keys,
}
