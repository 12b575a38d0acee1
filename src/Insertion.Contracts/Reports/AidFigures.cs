namespace Insertion.Contracts;

/// <summary>
/// The aide au poste in euros over a period (a month or the year), rounded to the cent (halves away
/// from zero) at the end of the period's computation, so rounded months may differ from the rounded
/// year by a few cents (DOMAIN.md §2 and §6).
/// </summary>
/// <remarks>
/// The amount per ETP is an annual rate applied day by day. The agreement pays ETP conventioned ×
/// Σ over the period's days (amount in force that day) / days of the year: pro rata of the days
/// each amount is in force. Hours earn hours / base × the amount in force on the day worked. The
/// modulated part is the base figure × the modulation percentage (0–10 %).
/// </remarks>
/// <param name="Period">The days covered.</param>
/// <param name="AgreementBase">What the agreement pays: conventioned ETP × the amounts in force, pro rata by days.</param>
/// <param name="AgreementModulated">The modulated part of it.</param>
/// <param name="EarnedBase">What the realised hours earn: realised ETP × the amount in force on each day worked.</param>
/// <param name="EarnedModulated">The modulated part of it.</param>
/// <param name="ProjectedBase">What the projected hours would earn (realised, then planned after the as-of day).</param>
/// <param name="ProjectedModulated">The modulated part of it.</param>
public sealed record AidFigures(
    DateRange Period,
    decimal AgreementBase,
    decimal AgreementModulated,
    decimal EarnedBase,
    decimal EarnedModulated,
    decimal ProjectedBase,
    decimal ProjectedModulated)
{
    /// <summary>AgreementBase + AgreementModulated.</summary>
    public decimal Agreement => AgreementBase + AgreementModulated;

    /// <summary>EarnedBase + EarnedModulated.</summary>
    public decimal Earned => EarnedBase + EarnedModulated;

    /// <summary>ProjectedBase + ProjectedModulated.</summary>
    public decimal Projected => ProjectedBase + ProjectedModulated;

    /// <summary>Earned − Agreement (negative: the hours earn less than the agreement pays).</summary>
    public decimal Gap => Earned - Agreement;
}
