using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>The module's daily sweep (scoped): cohorts whose start is reached become Running (idempotent).</summary>
internal sealed class CohortSweep(CohortService cohorts) : IDailySweep
{
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        await ConcurrencyConflictException.RetryAsync(() => cohorts.StartDueAsync(today, cancellationToken)).ConfigureAwait(false);
}
