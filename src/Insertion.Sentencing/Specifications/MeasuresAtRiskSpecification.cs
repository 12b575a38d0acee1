using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Open measures at risk on a day (<see cref="TigPace.IsAtRisk"/>), soonest deadline first.</summary>
public sealed class MeasuresAtRiskSpecification : Specification<TigMeasure>
{
    /// <summary>Creates the specification for <paramref name="today"/> and the persons' weekly availability (null: not given).</summary>
    public MeasuresAtRiskSpecification(DateOnly today, Func<PersonId, WorkMinutes?> weeklyAvailability)
    {
        ArgumentNullException.ThrowIfNull(weeklyAvailability);
        Query.Where(m => TigPace.IsAtRisk(m, today, weeklyAvailability)).OrderBy(m => m.Deadline);
    }
}
