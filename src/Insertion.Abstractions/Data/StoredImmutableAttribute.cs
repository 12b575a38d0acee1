namespace Insertion.Abstractions;

/// <summary>
/// Marks a type whose instances never change as any copy of an aggregate sees them (immutable, or
/// append-only where each copy reads only the prefix it loaded):
/// the in-memory store shares such instances between the copies it hands out instead of copying them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class StoredImmutableAttribute : Attribute
{
}
