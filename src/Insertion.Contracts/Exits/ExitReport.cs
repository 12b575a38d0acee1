namespace Insertion.Contracts;

/// <summary>The exits of a year (by the contract's end date), per workshop and for the structure.</summary>
/// <param name="Year">The year.</param>
/// <param name="Workshops">One row per workshop with at least one exit, ordered by workshop id.</param>
/// <param name="Total">All the year's exits.</param>
public sealed record ExitReport(int Year, IReadOnlyList<ExitRates> Workshops, ExitRates Total)
{
    /// <summary>Builds the report of <paramref name="year"/> from exits (those of other years are ignored).</summary>
    public static ExitReport Of(int year, IEnumerable<ContractExit> exits)
    {
        ArgumentNullException.ThrowIfNull(exits);
        var ofYear = exits.Where(e => e.End.Year == year).ToList();
        var rows = ofYear.GroupBy(e => e.Workshop)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => ExitRates.Of(g.Key, g))
            .ToList();
        return new ExitReport(year, rows, ExitRates.Of(null, ofYear));
    }
}
