namespace Insertion.Contracts;

/// <summary>
/// The dated parameters of the weekly limits the year report lists (DOMAIN.md §2): the share of
/// complementary hours of a part-time contract, the legal weekly duration, and the absolute weekly
/// maximum. Reported, not refused: the ledger records what was paid.
/// </summary>
public sealed class WeeklyLimitParameters : ILegalParameterSource
{
    /// <summary>
    /// Complementary hours of a part-time contract: at most this share of the contractual weekly
    /// hours (0.1, C. trav. L3123-20; up to a third by a branch agreement, L3123-28).
    /// </summary>
    public static readonly ParameterKey<decimal> ComplementaryShareMax = new("Hours.ComplementaryShareMax");

    /// <summary>The legal weekly duration, 35 h (C. trav. L3121-27): a contract below it is part-time, and its week may not reach it (L3123-9).</summary>
    public static readonly ParameterKey<WorkMinutes> LegalWeeklyDuration = new("Hours.LegalWeeklyDuration");

    /// <summary>The absolute weekly maximum of working time, 48 h (C. trav. L3121-20).</summary>
    public static readonly ParameterKey<WorkMinutes> WeeklyAbsoluteMax = new("Hours.WeeklyAbsoluteMax");

    /// <summary>The most a branch agreement may raise <see cref="ComplementaryShareMax"/> to: a third (C. trav. L3123-28).</summary>
    public const decimal AgreementShareCeiling = 1m / 3m;

    /// <summary>
    /// The first day recorded: the recodified Code du travail (ordonnance 2007-329, in force
    /// 2008-05-01; the articles were renumbered by loi 2016-1088). Earlier dates: to confirm.
    /// </summary>
    public static readonly DateOnly RecodificationStart = new(2008, 5, 1);

    /// <inheritdoc />
    public void Contribute(LegalParameters table)
    {
        ArgumentNullException.ThrowIfNull(table);
        const string renumbered = "numbered so since loi 2016-1088; in force from the 2008 recodification, first date to confirm";
        if (!table.Contains(ComplementaryShareMax.Name))
        {
            table.Add(ComplementaryShareMax, RecodificationStart, 0.1m,
                $"C. trav. L3123-20 (a tenth of the contractual hours; up to a third by a branch agreement, L3123-28), {renumbered}");
        }
        if (!table.Contains(LegalWeeklyDuration.Name))
        {
            table.Add(LegalWeeklyDuration, RecodificationStart, WorkMinutes.FromHours(35),
                $"C. trav. L3121-27 (legal weekly duration); complementary hours never bring a part-time week to it, L3123-9; {renumbered}");
        }
        if (!table.Contains(WeeklyAbsoluteMax.Name))
        {
            table.Add(WeeklyAbsoluteMax, RecodificationStart, WorkMinutes.FromHours(48),
                $"C. trav. L3121-20 (at most 48 h in one week), {renumbered}");
        }
    }
}
