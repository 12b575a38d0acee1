using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>
/// The contracts the daily sweep changes on <c>today</c>: those whose <see cref="CddiContract.SweepDueOn"/>
/// is on or before it (a trial or a term before today). One range term on one stored, indexed date,
/// so that a store reads only the contracts due, not every open one.
/// </summary>
public sealed class ContractsDueForSweepSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsDueForSweepSpec(DateOnly today) => Query.Where(c => c.SweepDueOn <= today);
}
