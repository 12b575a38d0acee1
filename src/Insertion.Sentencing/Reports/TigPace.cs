using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Pace arithmetic of the progress report.</summary>
public static class TigPace
{
    /// <summary>Days from <paramref name="today"/> to the deadline, both included; 0 when the deadline is passed.</summary>
    public static int DaysLeft(TigMeasure measure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Deadline < today ? 0 : LegalDates.DaysBetween(today, measure.Deadline) + 1;
    }

    /// <summary>
    /// Hours a week needed to finish by the deadline: remaining × 7 / days left, rounded up to the
    /// minute; zero when nothing is left; null when hours are left and the deadline has passed.
    /// </summary>
    public static WorkMinutes? NeededPerWeek(TigMeasure measure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var remaining = measure.Remaining.Minutes;
        if (remaining <= 0)
        {
            return WorkMinutes.Zero;
        }
        var days = DaysLeft(measure, today);
        return days == 0 ? null : new WorkMinutes((remaining * 7 + days - 1) / days);
    }

    /// <summary>
    /// Whether an open measure is at risk on <paramref name="today"/>: hours left and either the
    /// deadline passed, or the pace needed above the person's weekly availability. A person
    /// whose availability is not given is judged on the deadline alone.
    /// </summary>
    public static bool IsAtRisk(TigMeasure measure, DateOnly today, Func<PersonId, WorkMinutes?> weeklyAvailability)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(weeklyAvailability);
        if (!measure.IsOpen || measure.Remaining.Minutes <= 0)
        {
            return false;
        }
        var pace = NeededPerWeek(measure, today);
        return pace is null || (weeklyAvailability(measure.Person) is { } available && pace.Value > available);
    }
}
