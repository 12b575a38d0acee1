using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>Every contract not ended (the daily sweep reads only those due: <see cref="ContractsDueForSweepSpec"/>).</summary>
public sealed class ContractsNotEndedSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification.</summary>
    public ContractsNotEndedSpec() => Query.Where(c => c.State != CddiState.Ended);
}
