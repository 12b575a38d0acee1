using Ardalis.Specification;

namespace Insertion.Sentencing;

/// <summary>Active measures whose deadline is before <c>today</c> with hours left: what the daily sweep makes Overdue (C. pén. 131-22).</summary>
public sealed class OverdueCandidatesSpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    // Stryker disable once Equality : an Active measure with every hour done has completed, so Done never equals Hours here
    public OverdueCandidatesSpec(DateOnly today) =>
        Query.Where(m => m.State == TigState.Active && m.Deadline < today && m.Done < m.Hours);
}
