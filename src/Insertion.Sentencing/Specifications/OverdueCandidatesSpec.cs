using Ardalis.Specification;

namespace Insertion.Sentencing;

/// <summary>
/// Active measures whose deadline is before <c>today</c> with hours left: what the daily sweep makes
/// Overdue (C. pén. 131-22). Selected by one range term on the stored, indexed
/// <see cref="TigMeasure.OverdueDueOn"/> (the day after the deadline while Active with hours left).
/// </summary>
public sealed class OverdueCandidatesSpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    public OverdueCandidatesSpec(DateOnly today) =>
        Query.Where(m => m.OverdueDueOn <= today);
}
