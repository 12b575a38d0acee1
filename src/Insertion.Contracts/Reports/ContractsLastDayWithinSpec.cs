using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>
/// Contracts whose last day (the day of an early end when ended early, the term otherwise) falls in
/// a period, both ends included (stored properties only), soonest first.
/// </summary>
internal sealed class ContractsLastDayWithinSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsLastDayWithinSpec(DateRange period)
    {
        var (first, last) = (period.Start, period.End);
        Query.Where(c => (c.EndedOn == null && c.End >= first && c.End <= last)
                || (c.EndedOn != null && c.EndedOn >= first && c.EndedOn <= last))
            .OrderBy(c => c.End).ThenBy(c => c.Key);
    }
}
