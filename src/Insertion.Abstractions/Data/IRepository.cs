using Ardalis.Specification;

namespace Insertion.Abstractions;

/// <summary>Reads and writes aggregates through Ardalis specifications.</summary>
/// <typeparam name="T">The aggregate.</typeparam>
public interface IRepository<T> : IRepositoryBase<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
}
