using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// Which days a site works (weekdays that are not public holidays nor site closures). A small
/// interface of this module until the Abstractions' <c>FrenchCalendar</c> lands; a host adapts it in
/// one line (<c>WorkingCalendar.From(day => frenchCalendar.IsWorkingDay(day))</c>).
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>Whether the site works on <paramref name="day"/>.</summary>
    bool IsWorkingDay(DateOnly day);
}

/// <summary>Simple working calendars.</summary>
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
