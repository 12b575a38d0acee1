namespace Insertion.Sentencing;

/// <summary>ISO weeks keyed by their Monday (cheaper than computing the ISO year and number at each append).</summary>
internal static class Weeks
{
    /// <summary>The Monday of the ISO week that holds <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
