using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>
/// Contracts not ended whose term is after the end of the PASS IAE their hire used: the persons
/// whose PASS expires before their contract end (a PASS cannot be read from a contract
/// specification, so the PASS ends are given, by PASS key; <see cref="CddiService"/> builds it).
/// </summary>
public sealed class ContractsOutlastingPassSpec : Specification<CddiContract>
{
    /// <summary>Creates the specification from the PASS ends, by PASS key.</summary>
    public ContractsOutlastingPassSpec(IReadOnlyDictionary<string, DateOnly> passEnds)
    {
        ArgumentNullException.ThrowIfNull(passEnds);
        Query.Where(c => c.State != CddiState.Ended && passEnds.ContainsKey(c.Pass.Value) && passEnds[c.Pass.Value] < c.End).OrderBy(c => c.End);
    }
}
