using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>A contract's ledger entries (originals and reversals) dated in one calendar month, in ledger order.</summary>
public sealed class EntriesOfContractInMonthSpec : Specification<WorkedHoursEntry>
{
    /// <summary>Creates the specification.</summary>
    public EntriesOfContractInMonthSpec(ContractId contract, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        Query.Where(e => e.Contract == contract && e.On >= first && e.On <= last).OrderBy(e => e.Sequence);
    }
}
