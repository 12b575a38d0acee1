using Ardalis.Specification;

namespace Insertion.Sentencing;

/// <summary>Measures that are Active or Overdue, soonest deadline first.</summary>
public sealed class OpenMeasuresSpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    public OpenMeasuresSpec() =>
        Query.Where(m => m.State == TigState.Active || m.State == TigState.Overdue).OrderBy(m => m.Deadline);
}
