using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Every measure of a person (the daily and weekly caps read them all), in the order sentenced.</summary>
public sealed class MeasuresOfPersonSpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    public MeasuresOfPersonSpec(PersonId person) => Query.Where(m => m.Person == person);
}
