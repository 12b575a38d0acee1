using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Insertion.Abstractions;

/// <summary>
/// Compiles a specification's lambdas once per shape rather than once per instance: the lambda is
/// rewritten so that its constants (the captured variables of the specification's constructor among
/// them) are read from an array argument, compiled once for its <see cref="ExpressionShape"/> and cached,
/// then bound to the instance's values. Compiling per instance (what <c>WhereExpressionInfo.FilterFunc</c>
/// does) makes a dynamic method per command, and their finalization cost showed in profiles.
/// </summary>
internal static class CompiledLambdas
{
    private const int MaxShapes = 10_000;

    private static readonly ConcurrentDictionary<string, Delegate> Compiled = new(StringComparer.Ordinal);

    /// <summary>The function of <paramref name="lambda"/>, compiled once for its shape.</summary>
    public static Func<T, TResult> Of<T, TResult>(Expression<Func<T, TResult>> lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var shape = ExpressionShape.Of(lambda);
        if (shape.Key is null)
        {
            return lambda.Compile();
        }
        if (!Compiled.TryGetValue(shape.Key, out var compiled))
        {
            compiled = Parameterized(lambda).Compile();
            if (Compiled.Count < MaxShapes)
            {
                compiled = Compiled.GetOrAdd(shape.Key, compiled);
            }
        }
        var function = (Func<T, object?[], TResult>)compiled;
        var values = shape.Values;
        return item => function(item, values);
    }

    /// <summary>How many shapes are compiled (tests).</summary>
    internal static int Count => Compiled.Count;

    private static Expression<Func<T, object?[], TResult>> Parameterized<T, TResult>(Expression<Func<T, TResult>> lambda)
    {
        var values = Expression.Parameter(typeof(object?[]), "values");
        var body = new ConstantsToValues(values).Visit(lambda.Body);
        return Expression.Lambda<Func<T, object?[], TResult>>(body, lambda.Name, lambda.TailCall, [lambda.Parameters[0], values]);
    }

    // Replaces the n-th constant (in visiting order, as ExpressionShape numbers them) by values[n].
    private sealed class ConstantsToValues(ParameterExpression values) : ExpressionVisitor
    {
        private int _next;

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Expression read = Expression.ArrayIndex(values, Expression.Constant(_next++));
            return node.Type == typeof(object) ? read : Expression.Convert(read, node.Type);
        }
    }
}
