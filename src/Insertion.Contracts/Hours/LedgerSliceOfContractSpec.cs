using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// A contract's worked-hours ledger with only the entries a command's rules read (its keys, its
/// days): what <see cref="WorkedHoursService"/>'s commands load, so that their cost on a database does
/// not grow with the ledger's history. The in-memory store loads the ledger whole.
/// </summary>
internal sealed class LedgerSliceOfContractSpec : SingleResultSpecification<ContractHoursLedger>, ILedgerSliceSpecification
{
    public LedgerSliceOfContractSpec(ContractId contract, LedgerSlice slice)
    {
        Slice = slice;
        Query.Where(l => l.Contract == contract);
    }

    public LedgerSlice Slice { get; }

    /// <summary>The slice of one line: its key and its day.</summary>
    public static LedgerSlice Of(WorkedHoursLine line) => new([line.Key], new DateRange(line.On, line.On));

    /// <summary>The slice of a batch: its keys and the days from its first to its last.</summary>
    public static LedgerSlice Of(WorkedHoursBatch batch) =>
        new(batch.Lines.Select(l => l.Key), new DateRange(batch.Lines.Min(l => l.On), batch.Lines.Max(l => l.On)));

    /// <summary>The slice of a reversal: its key and the original's.</summary>
    public static LedgerSlice Of(HoursReversal reversal) => new([reversal.Key, reversal.OriginalKey], null);
}
