using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>The worked-hours ledgers of the given contract keys (stored key only), ordered by key.</summary>
internal sealed class LedgersOfKeysSpec : Specification<ContractHoursLedger>
{
    /// <summary>Creates the specification.</summary>
    public LedgersOfKeysSpec(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var set = keys.ToHashSet(StringComparer.Ordinal);
        Query.Where(l => set.Contains(l.Key)).OrderBy(l => l.Key);
    }
}
