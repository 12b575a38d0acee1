using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>
/// Date arithmetic of French law. The one place that counts months "de date à date"
/// for every module.
/// </summary>
public static class LegalDates
{
    /// <summary>
    /// The last day of a period of <paramref name="months"/> months starting on
    /// <paramref name="start"/>, counted "de date à date": the day before the same day number
    /// <paramref name="months"/> months later; when that day number does not exist in that
    /// month, the last day of that month. 2026-01-05 + 8 → 2026-09-04; 2026-01-31 + 1 →
    /// 2026-02-28; 2026-10-31 + 4 → 2027-02-28. Zero months ends the day before the start.
    /// </summary>
    /// <param name="start">First day of the period.</param>
    /// <param name="months">Number of months, zero or more.</param>
    public static DateOnly MonthsEnd(DateOnly start, int months)
    {
        Guard.Against.Negative(months);
        var firstOfTarget = new DateOnly(start.Year, start.Month, 1).AddMonths(months);
        var daysInTarget = DateTime.DaysInMonth(firstOfTarget.Year, firstOfTarget.Month);
        return start.Day <= daysInTarget
            ? new DateOnly(firstOfTarget.Year, firstOfTarget.Month, start.Day).AddDays(-1)
            : new DateOnly(firstOfTarget.Year, firstOfTarget.Month, daysInTarget);
    }

    /// <summary>
    /// The end of <paramref name="months"/> months counted from the day after
    /// <paramref name="end"/>: how a renewal or a prolongation extends a term.
    /// </summary>
    public static DateOnly MonthsAfter(DateOnly end, int months) => MonthsEnd(end.AddDays(1), months);

    /// <summary>Age in whole years on <paramref name="on"/> (a person born on 29 February turns a year older on 1 March of common years).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        if (on.Month < birthDate.Month || (on.Month == birthDate.Month && on.Day < birthDate.Day))
        {
            age--;
        }
        return age;
    }

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> (to − from; negative when to is earlier).</summary>
    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
