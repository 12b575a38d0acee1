using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>
/// Contracts not ended whose next renewal of <c>renewalMonths</c> months would pass the cap of
/// <c>capMonths</c> months from the first start (24 by default, C. trav. L5132-15-1): the ones a
/// CIP must plan an extension or an exit for. Month arithmetic is evaluated in memory.
/// </summary>
public sealed class ContractsAtRenewalCapSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsAtRenewalCapSpec(int renewalMonths, int capMonths = 24)
    {
        Query.Where(c => c.State != CddiState.Ended
            && LegalDates.MonthsAfter(c.End, renewalMonths) > LegalDates.MonthsEnd(c.Start, capMonths)).OrderBy(c => c.End);
    }
}
