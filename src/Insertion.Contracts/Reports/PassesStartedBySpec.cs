using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>
/// PASS IAE started on or before a day (stored start only; the end moves with suspensions and
/// prolongations and is read in memory), ordered by key.
/// </summary>
internal sealed class PassesStartedBySpec : Specification<PassIae>
{
    /// <summary>Creates the specification.</summary>
    public PassesStartedBySpec(DateOnly day) => Query.Where(p => p.Start <= day).OrderBy(p => p.Key);
}
