using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Every contract not ended (what the daily sweep looks at).</summary>
public sealed class ContractsNotEndedSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsNotEndedSpec() => Query.Where(c => c.State != CddiState.Ended);
}
