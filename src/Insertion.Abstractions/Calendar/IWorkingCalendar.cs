namespace Insertion.Abstractions;

/// <summary>Which days a site works. <see cref="FrenchCalendar"/> is the library's implementation.</summary>
public interface IWorkingCalendar
{
    /// <summary>Whether the site works on <paramref name="day"/>.</summary>
    bool IsWorkingDay(DateOnly day);
}
