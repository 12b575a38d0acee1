using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// Measures loaded with only the <see cref="LedgerSlice"/> of their ledger a command's rules read
/// (its keys, the day and ISO week of the hours): what <see cref="TigService"/>'s ledger commands
/// load, so that their cost on a database does not grow with the ledgers' history. The in-memory
/// store loads ledgers whole.
/// </summary>
internal sealed class MeasuresWithLedgerSliceSpec : Specification<TigMeasure>, ILedgerSliceSpecification
{
    private MeasuresWithLedgerSliceSpec(LedgerSlice slice) => Slice = slice;

    public LedgerSlice Slice { get; }

    /// <summary>The measure with that id.</summary>
    public static MeasuresWithLedgerSliceSpec ById(MeasureId id, LedgerSlice slice)
    {
        var spec = new MeasuresWithLedgerSliceSpec(slice);
        spec.Query.Where(m => m.Id == id);
        return spec;
    }

    /// <summary>Every measure of the person (the daily and weekly caps read them all), in the order sentenced.</summary>
    public static MeasuresWithLedgerSliceSpec OfPerson(PersonId person, LedgerSlice slice)
    {
        var spec = new MeasuresWithLedgerSliceSpec(slice);
        spec.Query.Where(m => m.Person == person);
        return spec;
    }

    /// <summary>What logging hours on <paramref name="on"/> under <paramref name="key"/> reads: the key, the day's ISO week.</summary>
    public static LedgerSlice ForLog(string key, DateOnly on)
    {
        var monday = Weeks.MondayOf(on);
        return new LedgerSlice([key], new DateRange(monday, monday.AddDays(6)));
    }

    /// <summary>What correcting <paramref name="originalKey"/> under <paramref name="key"/> reads: both keys.</summary>
    public static LedgerSlice ForCorrection(string originalKey, string key) => new([originalKey, key], null);
}
