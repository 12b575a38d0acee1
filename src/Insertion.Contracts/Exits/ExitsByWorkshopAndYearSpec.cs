using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>Exits of one workshop whose contract ended in a year, ordered by end date then contract.</summary>
public sealed class ExitsByWorkshopAndYearSpec : Specification<ContractExit>
{
    /// <summary>Creates the specification.</summary>
    public ExitsByWorkshopAndYearSpec(WorkshopId workshop, int year)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Query.Where(e => e.Workshop == workshop && e.End >= first && e.End <= last).OrderBy(e => e.End).ThenBy(e => e.Key);
    }
}
