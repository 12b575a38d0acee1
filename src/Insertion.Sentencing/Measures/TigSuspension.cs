using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// A suspension of the time limit: the deadline moves later by the days of [From, To], both
/// included (C. pén. 131-22). Hours done meanwhile are not refused.
/// </summary>
/// <param name="From">First suspended day.</param>
/// <param name="To">Last suspended day (on or after <paramref name="From"/>).</param>
/// <param name="Reason">Why.</param>
public sealed record TigSuspension(DateOnly From, DateOnly To, TigSuspensionReason Reason)
{
    /// <summary>The suspended days.</summary>
    public DateRange Period => new(From, To);

    /// <summary>Days the deadline moves (the inclusive length).</summary>
    public int Days => Period.LengthInDays;

    /// <summary>Whether the suspension is by law (detention, home detention, national service) rather than by decision.</summary>
    public bool ByLaw => Reason is TigSuspensionReason.Detention or TigSuspensionReason.HomeDetention or TigSuspensionReason.NationalService;
}
