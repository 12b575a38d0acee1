using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Every PASS IAE of a person, by start.</summary>
public sealed class PassesOfPersonSpec : Specification<PassIae>
{
    /// <summary>Creates the specification.</summary>
    public PassesOfPersonSpec(PersonId person) => Query.Where(p => p.Person == person).OrderBy(p => p.Start);
}
