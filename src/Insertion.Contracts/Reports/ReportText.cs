using System.Globalization;

namespace Insertion.Contracts;

/// <summary>Invariant-culture text of the year report's figures, shared by the renderers (deterministic).</summary>
internal static class ReportText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A decimal with exactly <paramref name="places"/> places, halves away from zero.</summary>
    public static string Fixed(decimal value, int places) =>
        decimal.Round(value, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(Inv), Inv);

    /// <summary>Hours of a duration, exact to the minute, up to two places ("7", "3.5", "28.62").</summary>
    public static string Hours(WorkMinutes minutes) => Hours(minutes.Hours);

    /// <summary>Hours as a decimal, up to two places, halves away from zero.</summary>
    public static string Hours(decimal hours) =>
        decimal.Round(hours, 2, MidpointRounding.AwayFromZero).ToString("0.##", Inv);

    /// <summary>Euros to the cent.</summary>
    public static string Euros(decimal value) => Fixed(value, 2);

    /// <summary>A plain decimal (input figures: conventioned ETP, modulation percentage, amounts).</summary>
    public static string Plain(decimal value) => value.ToString(Inv);

    /// <summary>An integer.</summary>
    public static string Int(int value) => value.ToString(Inv);

    /// <summary>A date, ISO 8601.</summary>
    public static string Date(DateOnly date) => IsoDates.Format(date);

    /// <summary>The short code of a weekly limit, used in both renderers.</summary>
    public static string Code(WeeklyLimitKind kind) => kind switch
    {
        WeeklyLimitKind.ComplementaryAboveShare => "complementary-above-share",
        WeeklyLimitKind.PartTimeReachesLegalDuration => "part-time-reaches-legal-duration",
        WeeklyLimitKind.AboveWeeklyMaximum => "above-weekly-maximum",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown weekly limit."),
    };

    /// <summary>The workshop column of an exit row ("(structure)" for the structure's row).</summary>
    public static string Workshop(ExitRates rates) => rates.Workshop?.Value ?? "(structure)";
}
