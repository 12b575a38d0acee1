using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>The module's daily sweep: cohorts whose start is reached become Running (idempotent).</summary>
internal sealed class CohortSweep(CohortService cohorts) : IDailySweep
{
    public void Run(DateOnly today) => cohorts.StartDue(today);
}
