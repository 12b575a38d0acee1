using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Exits whose contract's last day falls in a period (the exit's stored end is the contract's), ordered by end then contract.</summary>
internal sealed class ExitsEndingWithinSpec : Specification<ContractExit>
{
    /// <summary>Creates the specification.</summary>
    public ExitsEndingWithinSpec(DateRange period)
    {
        var (first, last) = (period.Start, period.End);
        Query.Where(e => e.End >= first && e.End <= last).OrderBy(e => e.End).ThenBy(e => e.Key);
    }
}
