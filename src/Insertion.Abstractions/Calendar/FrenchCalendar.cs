using System.Collections.Concurrent;
using PublicHoliday;

namespace Insertion.Abstractions;

/// <summary>
/// A site's working calendar: a thin façade over PublicHoliday's <see cref="FrancePublicHoliday"/>
/// (the holiday computation is the package's, never a second one), plus the site's region, the
/// closures the host adds, and the days of the week the site works (Monday to Friday by default).
/// </summary>
public sealed class FrenchCalendar : IWorkingCalendar
{
    private readonly FrancePublicHoliday _holidays;
    private readonly IReadOnlyList<DateRange> _closures;
    private readonly HashSet<DayOfWeek> _workingDays;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> _byYear = new();

    /// <summary>Creates the calendar of a region, with site closures and working days of the week.</summary>
    public FrenchCalendar(FrenchRegion region = FrenchRegion.Metropolitan, IEnumerable<DateRange>? closures = null, IEnumerable<DayOfWeek>? workingDays = null)
    {
        Region = region;
        _holidays = new FrancePublicHoliday { Region = ToPackageRegion(region) };
        _closures = (closures ?? []).ToList();
        _workingDays = (workingDays ?? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]).ToHashSet();
    }

    /// <summary>The calendar of a site: its region and closures.</summary>
    public static FrenchCalendar For(ISite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new FrenchCalendar(site.Region, site.Closures);
    }

    /// <summary>The region whose holidays apply.</summary>
    public FrenchRegion Region { get; }

    /// <summary>The public holidays of a year with their French names.</summary>
    public IReadOnlyDictionary<DateOnly, string> PublicHolidays(int year) =>
        _byYear.GetOrAdd(year, y => _holidays.PublicHolidayNames(y)
            .ToDictionary(kv => DateOnly.FromDateTime(kv.Key), kv => kv.Value));

    /// <summary>Whether the day is a public holiday in the site's region.</summary>
    public bool IsPublicHoliday(DateOnly day) => PublicHolidays(day.Year).ContainsKey(day);

    /// <summary>Whether the site is closed that day (a closure the host added).</summary>
    public bool IsClosed(DateOnly day) => _closures.Any(c => c.Contains(day));

    /// <summary>Whether people work that day: a working day of the week, not a public holiday, not a closure.</summary>
    public bool IsWorkingDay(DateOnly day) => _workingDays.Contains(day.DayOfWeek) && !IsPublicHoliday(day) && !IsClosed(day);

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    /// <exception cref="InvalidOperationException">No working day in the following year (a misconfigured calendar).</exception>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        for (var d = day; d <= day.AddDays(366); d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                return d;
            }
        }
        throw new InvalidOperationException($"No working day within a year after {IsoDates.Format(day)}: check the closures and working days.");
    }

    /// <summary>The working days of an ISO week, in order.</summary>
    public IReadOnlyList<DateOnly> WorkingDaysIn(IsoWeek week) => week.Days.Days().Where(IsWorkingDay).ToList();

    private static FrancePublicHoliday.Regions ToPackageRegion(FrenchRegion region) => region switch
    {
        FrenchRegion.Metropolitan => FrancePublicHoliday.Regions.OnlyOfficial,
        FrenchRegion.AlsaceMoselle => FrancePublicHoliday.Regions.AlsaceMoselle,
        FrenchRegion.Guadeloupe => FrancePublicHoliday.Regions.Guadeloupe,
        FrenchRegion.Martinique => FrancePublicHoliday.Regions.Martinique,
        FrenchRegion.Guyane => FrancePublicHoliday.Regions.Guyane,
        FrenchRegion.LaReunion => FrancePublicHoliday.Regions.Reunion,
        FrenchRegion.Mayotte => FrancePublicHoliday.Regions.Mayotte,
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region."),
    };
}
