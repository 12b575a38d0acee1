using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>Ledger entries dated inside a period (both ends included), ordered by day then ledger order.</summary>
public sealed class EntriesInPeriodSpec : Specification<WorkedHoursEntry>
{
    /// <summary>Creates the specification; <paramref name="reversalsOnly"/> keeps only reversing entries (an audit of corrections).</summary>
    public EntriesInPeriodSpec(DateRange period, bool reversalsOnly = false)
    {
        var (start, end) = (period.Start, period.End);
        Query.Where(e => e.On >= start && e.On <= end && (!reversalsOnly || e.Reverses != null))
            .OrderBy(e => e.On).ThenBy(e => e.Sequence);
    }
}
