namespace Insertion.Contracts;

/// <summary>
/// The ETP of one month of the report (DOMAIN.md §2, "Aide au poste"). ETP figures are exact
/// decimals, never rounded: realised ETP = paid hours of the month's days up to the as-of day / the
/// annual ETP base in force on each day (1 820 h for an ACI); conventioned ETP = the agreement's ETP
/// × the month's days / the year's days; projected ETP = (realised hours + planned hours after the
/// as-of day) / the base.
/// </summary>
/// <param name="Month">1 to 12.</param>
/// <param name="Period">The month's days.</param>
/// <param name="Hours">Paid time realised (ledger day totals of days up to the as-of day).</param>
/// <param name="Realised">Realised ETP of the month.</param>
/// <param name="RealisedCumulative">Realised ETP from January to this month.</param>
/// <param name="Conventioned">Conventioned ETP of the month (pro rata of its days).</param>
/// <param name="ConventionedCumulative">Conventioned ETP from January to this month.</param>
/// <param name="ProjectedHours">Realised hours plus planned hours (a contract's weekly hours / 7 per day in force after the as-of day).</param>
/// <param name="Projected">Projected ETP of the month.</param>
/// <param name="ProjectedCumulative">Projected ETP from January to this month (December: the projection of the year).</param>
public sealed record EtpMonth(
    int Month,
    DateRange Period,
    WorkMinutes Hours,
    decimal Realised,
    decimal RealisedCumulative,
    decimal Conventioned,
    decimal ConventionedCumulative,
    decimal ProjectedHours,
    decimal Projected,
    decimal ProjectedCumulative)
{
    /// <summary>RealisedCumulative − ConventionedCumulative (negative: behind the agreement).</summary>
    public decimal CumulativeGap => RealisedCumulative - ConventionedCumulative;
}
