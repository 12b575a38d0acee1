using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Exits whose contract ended in a year, ordered by end date then contract.</summary>
public sealed class ExitsInYearSpec : Specification<ContractExit>
{
    /// <summary>Creates the specification.</summary>
    public ExitsInYearSpec(int year)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Query.Where(e => e.End >= first && e.End <= last).OrderBy(e => e.End).ThenBy(e => e.Key);
    }
}
