using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>Reads aggregates through Ardalis specifications (Ardalis' recommended thin interface).</summary>
/// <typeparam name="T">The aggregate.</typeparam>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
}
