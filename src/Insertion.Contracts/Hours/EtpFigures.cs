using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// The aide au poste figures of a period (a month or the year). ETP figures are exact decimals,
/// never rounded (ETP consumed × the base in force = the hours); euros are rounded to the cent.
/// </summary>
/// <param name="Period">The days covered.</param>
/// <param name="Worked">Paid time worked in the period (ledger totals).</param>
/// <param name="EtpConsumed">Worked hours / the annual ETP base in force on each day worked.</param>
/// <param name="EtpConventioned">The agreement's ETP, pro rata of the period's days in the year's days.</param>
/// <param name="Gap">EtpConsumed − EtpConventioned (negative: under the agreement).</param>
/// <param name="ProjectedHours">Hours worked up to the report's as-of day plus planned hours after it (weekly hours / 7 per day).</param>
/// <param name="ProjectedEtp">ProjectedHours / the annual ETP base in force on each day.</param>
/// <param name="ProjectedGap">ProjectedEtp − EtpConventioned.</param>
/// <param name="AidOnHoursWorked">Euros earned by the hours worked: Σ hours / base × (amount in force that day) × (1 + modulation); null when no amount is known for a day worked.</param>
/// <param name="AidConventioned">Euros of the agreement: ETP conventioned × Σ (amount in force × days in force / days of the year) × (1 + modulation); null when no amount is known for a day of the period.</param>
public sealed record EtpFigures(
    DateRange Period,
    WorkMinutes Worked,
    decimal EtpConsumed,
    decimal EtpConventioned,
    decimal Gap,
    decimal ProjectedHours,
    decimal ProjectedEtp,
    decimal ProjectedGap,
    decimal? AidOnHoursWorked,
    decimal? AidConventioned);
