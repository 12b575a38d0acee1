using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Contracts not ended whose term falls within <c>days</c> days from <c>today</c> (both included), soonest first.</summary>
public sealed class ContractsEndingWithinSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsEndingWithinSpec(DateOnly today, int days)
    {
        var last = today.AddDays(days);
        Query.Where(c => c.State != CddiState.Ended && c.End >= today && c.End <= last).OrderBy(c => c.End);
    }
}
