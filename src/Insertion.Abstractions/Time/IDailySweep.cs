namespace Insertion.Abstractions;

/// <summary>
/// A module's daily sweep: the one place states change with time (a trial ends, a contract
/// reaches its term, a TIG measure becomes overdue). Running it twice for the same day changes
/// nothing the second time. Registered scoped (it works through the scope's repositories); run by
/// <see cref="DailySweeps"/>, or once a day by the hosted service <c>AddDailySweep()</c> adds.
/// </summary>
public interface IDailySweep
{
    /// <summary>Applies every change due strictly before <paramref name="today"/>.</summary>
    Task RunAsync(DateOnly today, CancellationToken cancellationToken = default);
}
