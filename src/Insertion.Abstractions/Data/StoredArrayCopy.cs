namespace Insertion.Abstractions;

/// <summary>The copier of one-dimensional arrays of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class StoredArrayCopy<T>
{
    private static readonly bool ElementsShared = StoredCopy.IsStaticallyShared(typeof(T));

    /// <summary>A copy of the array (registered in the identity map) whose elements are copies, or shared when they are values.</summary>
    public static object Copy(object source, Dictionary<object, object> seen)
    {
        var array = (T[])source;
        if (ElementsShared)
        {
            var clone = (T[])array.Clone();
            seen[source] = clone;
            return clone;
        }
        var copy = new T[array.Length];
        seen[source] = copy;
        for (var i = 0; i < array.Length; i++)
        {
            copy[i] = typeof(T).IsValueType
                ? StoredStructCopy<T>.Copy(array[i], seen)
                : (T)StoredCopy.Copy(array[i], seen)!;
        }
        return copy;
    }
}
