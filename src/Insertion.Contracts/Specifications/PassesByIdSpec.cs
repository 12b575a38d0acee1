using Ardalis.Specification;

namespace Insertion.Contracts;

/// <summary>The PASS IAE of the given ids (e.g. those some contracts were hired on), by id.</summary>
public sealed class PassesByIdSpec : Specification<PassIae>
{
    /// <summary>Creates the specification.</summary>
    public PassesByIdSpec(IEnumerable<PassId> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        var keys = passes.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        Query.Where(p => keys.Contains(p.Key)).OrderBy(p => p.Key);
    }
}
