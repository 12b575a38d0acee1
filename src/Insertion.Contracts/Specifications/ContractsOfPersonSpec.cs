using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Every contract of a person, by start.</summary>
public sealed class ContractsOfPersonSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsOfPersonSpec(PersonId person) => Query.Where(c => c.Person == person).OrderBy(c => c.Start);
}
