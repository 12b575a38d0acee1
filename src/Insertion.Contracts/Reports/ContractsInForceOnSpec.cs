using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Contracts started on or before a day whose last day is not before it (stored properties only), ordered by key.</summary>
internal sealed class ContractsInForceOnSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsInForceOnSpec(DateOnly day)
    {
        Query.Where(c => c.Start <= day && ((c.EndedOn == null && c.End >= day) || c.EndedOn >= day)).OrderBy(c => c.Key);
    }
}
