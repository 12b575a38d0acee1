using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>The module's daily sweep: cohorts whose start is reached become Running (idempotent).</summary>
internal sealed class CohortSweep(CohortService cohorts) : IDailySweep
{
    public Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        cohorts.StartDue(today);
        return Task.CompletedTask;
    }
}
