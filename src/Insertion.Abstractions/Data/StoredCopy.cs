using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Insertion.Abstractions;

/// <summary>
/// Deep copies of aggregates for the in-memory store, so that it behaves as a database does: what is
/// saved is a copy, each load is a fresh copy, and changing a loaded aggregate changes nothing stored
/// until it is saved. Copies every field (private ones included) of classes, arrays and structs that
/// hold references; strings, delegates, types and reference-free structs are shared (immutable or
/// plain values); a <see cref="Lock"/> is replaced by a new one. Object graphs with cycles are copied
/// with their shape.
/// </summary>
internal static class StoredCopy
{
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();

    public static T Of<T>(T source) where T : class =>
        (T)Copy(source, new Dictionary<object, object>(ReferenceEqualityComparer.Instance))!;

    private static object? Copy(object? source, Dictionary<object, object> seen)
    {
        if (source is null)
        {
            return null;
        }
        var type = source.GetType();
        if (IsShared(type))
        {
            return source;
        }
        if (seen.TryGetValue(source, out var done))
        {
            return done;
        }
        if (type == typeof(Lock))
        {
#pragma warning disable CS9216 // a fresh lock, never locked through this reference
            object fresh = new Lock();
#pragma warning restore CS9216
            seen[source] = fresh;
            return fresh;
        }
        if (source is Array array)
        {
            var elementType = type.GetElementType()!;
            var copy = (Array)array.Clone();
            seen[source] = copy;
            if (!IsShared(elementType) && (!elementType.IsValueType || HasReferences(elementType)) && array.Rank == 1)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    copy.SetValue(Copy(array.GetValue(i), seen), i);
                }
            }
            else if (array.Rank != 1 && !IsShared(elementType))
            {
                throw new NotSupportedException($"Multi-dimensional arrays of {elementType} cannot be copied.");
            }
            return copy;
        }
        var clone = RuntimeHelpers.GetUninitializedObject(type);
        if (!type.IsValueType)
        {
            seen[source] = clone;
        }
        foreach (var field in FieldsOf(type))
        {
            field.SetValue(clone, Copy(field.GetValue(source), seen));
        }
        return clone;
    }

    // Values that are immutable or carry no references: shared between copies.
    private static bool IsShared(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type)
        || (type.IsValueType && !HasReferences(type))
        || type.FullName == "System.RuntimeType"
        || typeof(IEqualityComparer<string>).IsAssignableFrom(type) && type.Namespace == "System";

    private static readonly ConcurrentDictionary<Type, bool> References = new();

    private static readonly MethodInfo IsReferenceOrContainsReferences =
        typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!;

    private static bool HasReferences(Type type) =>
        References.GetOrAdd(type, static t => (bool)IsReferenceOrContainsReferences.MakeGenericMethod(t).Invoke(null, null)!);

    private static FieldInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, static t =>
    {
        var list = new List<FieldInfo>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            list.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }
        return [.. list];
    });
}
