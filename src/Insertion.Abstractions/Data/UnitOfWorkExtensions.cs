namespace Insertion.Abstractions;

/// <summary>The unit of work for commands that return nothing.</summary>
public static class UnitOfWorkExtensions
{
    /// <summary>Runs <paramref name="work"/> and commits its writes together (see <see cref="IUnitOfWork"/>).</summary>
    public static Task ExecuteAsync(this IUnitOfWork unitOfWork, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(work);
        return unitOfWork.ExecuteAsync(async ct =>
        {
            await work(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }
}
