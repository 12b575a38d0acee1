using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>The person's contracts in Trial or Active whose [start, end] holds <c>on</c>.</summary>
public sealed class WorkingContractsOfPersonSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public WorkingContractsOfPersonSpec(PersonId person, DateOnly on)
    {
        Query.Where(c => c.Person == person && (c.State == CddiState.Trial || c.State == CddiState.Active) && c.Start <= on && on <= c.End);
    }
}
