using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>The worked-hours ledgers of the given contracts (e.g. one structure's contracts).</summary>
public sealed class LedgersOfContractsSpec : Specification<ContractHoursLedger>
{
    /// <summary>Creates the specification.</summary>
    public LedgersOfContractsSpec(IEnumerable<ContractId> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var keys = contracts.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Query.Where(l => keys.Contains(l.Key)).OrderBy(l => l.Key);
    }
}
