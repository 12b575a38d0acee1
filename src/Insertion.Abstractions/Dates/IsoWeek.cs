using System.Globalization;

namespace Insertion.Abstractions;

/// <summary>An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday).</summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Creates week <paramref name="week"/> of ISO year <paramref name="year"/>.</summary>
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The ISO year must be between 1 and 9998.");
        }
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {year} has {ISOWeek.GetWeeksInYear(year)} weeks.");
        }
        Year = year;
        Week = week;
    }

    /// <summary>The ISO year (may differ from the calendar year near 1 January).</summary>
    public int Year { get; }

    /// <summary>The week number, 1 to 52 or 53.</summary>
    public int Week { get; }

    /// <summary>The Monday of the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The Sunday of the week.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The seven days of the week as a range.</summary>
    public DateRange Days => new(Monday, Sunday);

    /// <summary>The week that holds <paramref name="day"/>.</summary>
    public static IsoWeek Of(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The week after this one.</summary>
    public IsoWeek Next() => Of(Monday.AddDays(7));

    /// <summary>Parses <c>YYYY-Www</c> (e.g. <c>2026-W10</c>).</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || text.Length is < 7 or > 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w'))
        {
            return false;
        }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || y < 1 || y > 9998 || w < 1 || w > ISOWeek.GetWeeksInYear(y))
        {
            return false;
        }
        week = new IsoWeek(y, w);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;
    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;
    /// <summary>Whether <paramref name="left"/> is not after <paramref name="right"/>.</summary>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;
    /// <summary>Whether <paramref name="left"/> is not before <paramref name="right"/>.</summary>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
