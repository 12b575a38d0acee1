using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Insertion.Abstractions;

/// <summary>
/// Deep copies of aggregates for the in-memory store, so that it behaves as a database does: what is
/// saved is a copy, each load is a fresh copy, and changing a loaded aggregate changes nothing stored
/// until it is saved. Copies every field (private ones included) of classes, arrays and structs that
/// hold references; strings, delegates, types, reference-free structs, <see cref="StoredImmutableAttribute"/>
/// types, System.Collections.Immutable collections and deeply immutable records (every field readonly
/// and itself shared) are shared (immutable or plain values);
/// a <see cref="Lock"/> is replaced by a new one. Object graphs with cycles or shared references are
/// copied with their shape. Each type's copier is emitted once (<see cref="StoredCopyEmitter"/>) and cached.
/// </summary>
internal static class StoredCopy
{
    // Per runtime type: its copier, or null when its values are shared (one lookup per object copied).
    private static readonly ConcurrentDictionary<Type, Func<object, Dictionary<object, object>, object>?> Copiers = new();
    private static readonly ConcurrentDictionary<Type, bool> Shared = new();
    private static readonly ConcurrentDictionary<Type, bool> References = new();

    private static readonly MethodInfo IsReferenceOrContainsReferences =
        typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!;

    [ThreadStatic]
    private static Dictionary<object, object>? _pooledSeen;

    /// <summary>A deep copy of <paramref name="source"/> (shared parts shared).</summary>
    public static T Of<T>(T source) where T : class
    {
        // One identity map per copy, reused by the thread (taken while in use, so a nested copy gets its own).
        var seen = _pooledSeen ?? new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        _pooledSeen = null;
        try
        {
            return (T)Copy(source, seen)!;
        }
        finally
        {
            if (seen.Count <= 1024)
            {
                seen.Clear();
                _pooledSeen = seen;
            }
        }
    }

    /// <summary>The copy of any value (the emitted copiers call it for fields whose type is not known to be shared).</summary>
    internal static object? Copy(object? source, Dictionary<object, object> seen)
    {
        if (source is null)
        {
            return null;
        }
        var copier = Copiers.GetOrAdd(source.GetType(), static t => IsShared(t) ? null : StoredCopyEmitter.CopierOf(t));
        if (copier is null)
        {
            return source;
        }
        return seen.TryGetValue(source, out var done) ? done : copier(source, seen);
    }

    /// <summary>Whether values of that exact type are shared between copies rather than copied.</summary>
    internal static bool IsShared(Type type) => Shared.GetOrAdd(type, static t =>
        t.IsPrimitive || t.IsEnum || t.IsPointer || t.IsFunctionPointer || t == typeof(string) || t == typeof(decimal)
        || typeof(Delegate).IsAssignableFrom(t) || typeof(MemberInfo).IsAssignableFrom(t)
        || (t.IsValueType && !HasReferences(t))
        || t.FullName == "System.RuntimeType"
        || (typeof(IEqualityComparer<string>).IsAssignableFrom(t) && t.Namespace == "System")
        || t.IsDefined(typeof(StoredImmutableAttribute), inherit: false)
        || IsImmutableCollection(t)
        || IsDeeplyImmutable(t));

    [ThreadStatic]
    private static HashSet<Type>? _inProgress;

    // A record or class whose every field (its bases' included) is readonly and holds a value shared
    // whatever its runtime type (a string, an id, another such record): nothing can change it after
    // construction, so copies share it (a day's paid-hours entry, a suspension, a renewal). A type that
    // reaches itself is not taken as immutable (conservative).
    private static bool IsDeeplyImmutable(Type t)
    {
        if (t.IsArray || t.IsInterface || t.IsAbstract || t == typeof(object) || t == typeof(Lock) || t.IsGenericTypeDefinition)
        {
            return false;
        }
        var inProgress = _inProgress ??= [];
        if (!inProgress.Add(t))
        {
            return false;
        }
        try
        {
            for (var current = t; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.IsInitOnly || !IsStaticallyShared(field.FieldType))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
        finally
        {
            inProgress.Remove(t);
        }
    }

    // ImmutableArray<T>, ImmutableList<T>, ImmutableDictionary<,>... (never their builders or enumerators:
    // nested, mutable). Their elements are shared with them: they are to be immutable too.
    private static bool IsImmutableCollection(Type t) =>
        t.Namespace == "System.Collections.Immutable" && !t.IsNested && t.Name.StartsWith("Immutable", StringComparison.Ordinal);

    /// <summary>
    /// Whether every value of a field or element declared with that type is shared, whatever its runtime
    /// type: a sealed or value type that is shared, or a delegate or reflection type.
    /// </summary>
    internal static bool IsStaticallyShared(Type type) =>
        type.IsValueType || type.IsSealed || type.IsPointer || type.IsFunctionPointer
            ? IsShared(type)
            : typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type);

    /// <summary>Whether a value of that type holds references (a reference type always does).</summary>
    internal static bool HasReferences(Type type) =>
        References.GetOrAdd(type, static t => (bool)IsReferenceOrContainsReferences.MakeGenericMethod(t).Invoke(null, null)!);
}
