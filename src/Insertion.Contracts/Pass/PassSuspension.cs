namespace Insertion.Contracts;

/// <summary>
/// A suspension of a PASS IAE, both ends included. <see cref="ExtensionDays"/> is how far it moves
/// the PASS's end, under the mode in force when it was recorded (DOMAIN.md §6).
/// </summary>
/// <param name="From">First suspended day.</param>
/// <param name="To">Last suspended day.</param>
/// <param name="Reason">Why.</param>
/// <param name="Mode">How it moves the end (parameter <c>PassIae.SuspensionExtension</c>).</param>
public sealed record PassSuspension(DateOnly From, DateOnly To, PassSuspensionReason Reason, PassSuspensionExtension Mode)
{
    /// <summary>The suspended days.</summary>
    public DateRange Period => new(From, To);

    /// <summary>Days the end moves: (to − from) in issuer mode, the inclusive length in inclusive mode.</summary>
    public int ExtensionDays => Mode == PassSuspensionExtension.Inclusive
        ? LegalDates.DaysBetween(From, To) + 1
        : LegalDates.DaysBetween(From, To);
}
