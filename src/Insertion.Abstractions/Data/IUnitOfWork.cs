namespace Insertion.Abstractions;

/// <summary>
/// Saves several aggregates together: inside <see cref="ExecuteAsync{T}"/>, the writes of every
/// repository of the same scope are committed together at the end, or none of them when the work
/// throws (a refusal, a conflict, a cancellation). A command that changes two aggregates (a hire
/// that cuts a PASS IAE suspension) runs inside one. Reads inside the work see what was committed
/// before it: read, decide, then write. Nested calls join the outer unit.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> and commits its writes together.</summary>
    /// <exception cref="ConcurrencyConflictException">One of the aggregates was saved by another writer meanwhile: nothing was written.</exception>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
