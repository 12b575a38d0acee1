using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Contracts in Trial whose trial ends within <c>days</c> days from <c>today</c> (both included), soonest first.</summary>
public sealed class TrialsEndingWithinSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public TrialsEndingWithinSpec(DateOnly today, int days)
    {
        var last = today.AddDays(days);
        Query.Where(c => c.State == CddiState.Trial && c.TrialEnd != null && c.TrialEnd >= today && c.TrialEnd <= last).OrderBy(c => c.TrialEnd);
    }
}
