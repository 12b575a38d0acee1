namespace Insertion.Abstractions;

/// <summary>The copier of a struct that holds references, emitted once for <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The struct.</typeparam>
internal static class StoredStructCopy<T>
{
    private static readonly Func<T, Dictionary<object, object>, T> Copier = StoredCopyEmitter.EmitStruct<T>();

    /// <summary>A copy of the value whose references are copies.</summary>
    public static T Copy(T source, Dictionary<object, object> seen) => Copier(source, seen);

    /// <summary>A copy of a boxed value, boxed.</summary>
    public static object CopyBoxed(object source, Dictionary<object, object> seen) => Copier((T)source, seen)!;
}
