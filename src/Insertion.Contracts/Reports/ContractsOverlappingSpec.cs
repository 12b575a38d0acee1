using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Contracts whose [start, term] shares a day with a period (stored properties only), ordered by key.</summary>
internal sealed class ContractsOverlappingSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsOverlappingSpec(DateRange period)
    {
        var (first, last) = (period.Start, period.End);
        Query.Where(c => c.Start <= last && c.End >= first).OrderBy(c => c.Key);
    }
}
