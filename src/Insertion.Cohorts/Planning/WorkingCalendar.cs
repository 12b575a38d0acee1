using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// Simple working calendars for tests and simulations with an explicit holiday list. A site's real
/// calendar is the Abstractions' <see cref="FrenchCalendar"/> (<see cref="PlanningRequest.ForSite(ISite, IEnumerable{Cohort}, DateRange)"/> uses it).
/// </summary>
public sealed class WorkingCalendar : IWorkingCalendar
{
    private readonly Func<DateOnly, bool> _isWorkingDay;

    private WorkingCalendar(Func<DateOnly, bool> isWorkingDay) => _isWorkingDay = isWorkingDay;

    /// <summary>A calendar from a function (e.g. the Abstractions' FrenchCalendar).</summary>
    public static WorkingCalendar From(Func<DateOnly, bool> isWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        return new WorkingCalendar(isWorkingDay);
    }

    /// <summary>Monday to Friday, except the given public holidays and the days of the closures.</summary>
    public static WorkingCalendar Weekdays(IEnumerable<DateOnly>? publicHolidays = null, IEnumerable<DateRange>? closures = null)
    {
        var holidays = (publicHolidays ?? []).ToHashSet();
        var closed = (closures ?? []).ToList();
        return new WorkingCalendar(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !holidays.Contains(d) && !closed.Exists(c => c.Contains(d)));
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => _isWorkingDay(day);
}
