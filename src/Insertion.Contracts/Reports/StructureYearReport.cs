namespace Insertion.Contracts;

/// <summary>
/// The structure's year as a director reads it (issue #17; DOMAIN.md §2, §6): ETP realised against
/// conventioned per month with the projection to December, the aide au poste in euros, exit rates,
/// contracts and PASS IAE ending soon, weekly limits passed, and the parameters behind the figures.
/// Ids only, never names (DOMAIN.md §5). Rendered by <see cref="StructureYearReportMarkdown"/> and
/// <see cref="StructureYearReportCsv"/>.
/// </summary>
/// <param name="Kind">The structure's kind.</param>
/// <param name="Year">The year.</param>
/// <param name="AsOf">Last day of realised hours, first day of the ending-soon windows.</param>
/// <param name="ConventionedEtp">The agreement's ETP for the year.</param>
/// <param name="ModulationPercent">The modulated part applied (0–10 %).</param>
/// <param name="Months">The twelve months, January first.</param>
/// <param name="Hours">Realised paid time of the year (up to the as-of day).</param>
/// <param name="RealisedEtp">Realised ETP of the year (hours / the base in force on each day, computed over the year, not summed from rounded months).</param>
/// <param name="ProjectedHours">Realised hours plus planned hours to December 31.</param>
/// <param name="ProjectedEtp">Projected ETP of the year.</param>
/// <param name="AidAmounts">The base amounts in force over the year; empty when none is known for the kind.</param>
/// <param name="AidMonths">The aid per month, or empty when an amount is missing on a day of the year (see <see cref="Notes"/>).</param>
/// <param name="AidYear">The aid of the year, or null when an amount is missing on a day of the year.</param>
/// <param name="ExitsByWorkshop">Exit counts and rates per workshop (registered workshops and those with exits), ordered by workshop id; exits counted by the contract's last day in the year.</param>
/// <param name="Exits">Exit counts and rates of the structure.</param>
/// <param name="EndingContracts">Contracts whose last day is within 90 days of the as-of day, soonest first.</param>
/// <param name="EndingPasses">PASS IAE whose end is within 90 days of the as-of day, soonest first.</param>
/// <param name="WeeklyLimits">Weeks over a weekly limit, by contract, week and limit (ISO weeks of the ISO year <paramref name="Year"/>).</param>
/// <param name="Parameters">Parameter values used, with their days and sources.</param>
/// <param name="Overrides">Overrides in force of the parameters used: never silent.</param>
/// <param name="Notes">What could not be computed or was left out, and why.</param>
public sealed record StructureYearReport(
    StructureKind Kind,
    int Year,
    DateOnly AsOf,
    decimal ConventionedEtp,
    decimal ModulationPercent,
    IReadOnlyList<EtpMonth> Months,
    WorkMinutes Hours,
    decimal RealisedEtp,
    decimal ProjectedHours,
    decimal ProjectedEtp,
    IReadOnlyList<AidAmountPeriod> AidAmounts,
    IReadOnlyList<AidFigures> AidMonths,
    AidFigures? AidYear,
    IReadOnlyList<ExitRates> ExitsByWorkshop,
    ExitRates Exits,
    IReadOnlyList<EndingContract> EndingContracts,
    IReadOnlyList<EndingPass> EndingPasses,
    IReadOnlyList<WeeklyLimitFinding> WeeklyLimits,
    IReadOnlyList<ParameterUse> Parameters,
    IReadOnlyList<ParameterOverride> Overrides,
    IReadOnlyList<string> Notes)
{
    /// <summary>The ending-soon windows, in days from the as-of day.</summary>
    public static readonly IReadOnlyList<int> Windows = [30, 60, 90];
}
