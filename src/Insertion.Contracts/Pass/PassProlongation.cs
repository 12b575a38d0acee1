namespace Insertion.Contracts;

/// <summary>A prolongation of a PASS IAE: contiguous, the new end is its end.</summary>
/// <param name="PreviousEnd">The PASS's end before the prolongation.</param>
/// <param name="NewEnd">The PASS's end right after it.</param>
/// <param name="Reason">Why.</param>
public sealed record PassProlongation(DateOnly PreviousEnd, DateOnly NewEnd, PassProlongationReason Reason)
{
    /// <summary>Days added (new end − previous end).</summary>
    public int Days => LegalDates.DaysBetween(PreviousEnd, NewEnd);
}
