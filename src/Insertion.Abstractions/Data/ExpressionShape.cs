using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Insertion.Abstractions;

/// <summary>
/// The shape of an expression tree: a key that names every node, type, member and method but not the
/// values of its constants (a specification's captured variables are constants: the closure object),
/// and those values, in the order <see cref="ExpressionVisitor"/> visits them. Two instances of one
/// specification class have one shape and different values. The key is null when the tree holds a
/// node this does not know (blocks, loops, dynamic, extensions): such trees are not cached.
/// </summary>
internal sealed class ExpressionShape : ExpressionVisitor
{
    private static readonly ConcurrentDictionary<object, int> Ids = new();

    private static int _lastId;

    private readonly StringBuilder _key = new();
    private readonly List<object?> _values = [];
    private readonly Dictionary<ParameterExpression, int> _parameters = [];
    private bool _unknown;

    private ExpressionShape()
    {
    }

    /// <summary>The key (null when not cacheable).</summary>
    public string? Key { get; private set; }

    /// <summary>The constants' values, in visiting order.</summary>
    public object?[] Values { get; private set; } = [];

    /// <summary>The shape of <paramref name="expression"/>.</summary>
    public static ExpressionShape Of(Expression expression)
    {
        var shape = new ExpressionShape();
        shape.Visit(expression);
        shape.Key = shape._unknown ? null : shape._key.ToString();
        shape.Values = [.. shape._values];
        return shape;
    }

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            _key.Append('~');
            return null;
        }
        _key.Append('(').Append((int)node.NodeType).Append(':').Append(Id(node.Type));
        switch (node)
        {
            case ConstantExpression constant:
                _key.Append('#').Append(')');
                _values.Add(constant.Value);
                return node;
            case ParameterExpression parameter:
                if (!_parameters.TryGetValue(parameter, out var index))
                {
                    index = _parameters.Count;
                    _parameters[parameter] = index;
                }
                _key.Append('p').Append(index).Append(parameter.IsByRef ? "r)" : ")");
                return node;
            case MemberExpression member:
                _key.Append('m').Append(Id(member.Member));
                break;
            case MethodCallExpression call:
                _key.Append('c').Append(Id(call.Method));
                break;
            case BinaryExpression binary:
                _key.Append('b').Append(binary.Method is null ? 0 : Id(binary.Method)).Append(binary.IsLiftedToNull ? 'l' : 'n');
                break;
            case UnaryExpression unary:
                _key.Append('u').Append(unary.Method is null ? 0 : Id(unary.Method));
                break;
            case NewExpression create:
                _key.Append('n').Append(create.Constructor is null ? 0 : Id(create.Constructor)).Append('/').Append(create.Members?.Count ?? -1);
                foreach (var m in create.Members ?? [])
                {
                    _key.Append(',').Append(Id(m));
                }
                break;
            case TypeBinaryExpression typeBinary:
                _key.Append('t').Append(Id(typeBinary.TypeOperand));
                break;
            case IndexExpression indexer:
                _key.Append('i').Append(indexer.Indexer is null ? 0 : Id(indexer.Indexer));
                break;
            case LambdaExpression lambda:
                _key.Append('λ').Append(lambda.Parameters.Count).Append(lambda.TailCall ? 't' : 'n');
                break;
            case ConditionalExpression or InvocationExpression or NewArrayExpression or DefaultExpression
                or MemberInitExpression or ListInitExpression:
                break;
            default:
                _unknown = true;
                break;
        }
        var result = base.Visit(node);
        _key.Append(')');
        return result;
    }

    /// <inheritdoc />
    protected override MemberBinding VisitMemberBinding(MemberBinding node)
    {
        _key.Append('[').Append((int)node.BindingType).Append(':').Append(Id(node.Member)).Append(']');
        return base.VisitMemberBinding(node);
    }

    /// <inheritdoc />
    protected override ElementInit VisitElementInit(ElementInit node)
    {
        _key.Append('{').Append(Id(node.AddMethod)).Append('}');
        return base.VisitElementInit(node);
    }

    // Unique per type or member: each new one takes the next number (a lost race only skips a number).
    private static int Id(object typeOrMember) => Ids.GetOrAdd(typeOrMember, static _ => Interlocked.Increment(ref _lastId));
}
