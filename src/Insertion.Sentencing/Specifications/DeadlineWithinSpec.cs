using Ardalis.Specification;

namespace Insertion.Sentencing;

/// <summary>Open measures (Active or Overdue) with hours left whose deadline falls within [today, today + days], soonest first.</summary>
public sealed class DeadlineWithinSpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    public DeadlineWithinSpec(DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var last = today.AddDays(days);
        // Stryker disable once Equality : an Active or Overdue measure with every hour done has completed, so Done never equals Hours here
        Query.Where(m => (m.State == TigState.Active || m.State == TigState.Overdue)
                && m.Done < m.Hours && m.Deadline >= today && m.Deadline <= last)
            .OrderBy(m => m.Deadline);
    }
}
