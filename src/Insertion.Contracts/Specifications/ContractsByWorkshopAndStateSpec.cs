using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Contracts of a workshop, in a given state (any when null), by start.</summary>
public sealed class ContractsByWorkshopAndStateSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsByWorkshopAndStateSpec(WorkshopId workshop, CddiState? state = null)
    {
        Query.Where(c => c.Workshop == workshop && (state == null || c.State == state)).OrderBy(c => c.Start);
    }
}
