using System.Globalization;

namespace Insertion.Abstractions;

/// <summary>
/// A duration of work in whole minutes. Sums are exact integer arithmetic; hours are read from
/// decimal text ("3.5" → 210 minutes) without floating point.
/// </summary>
public readonly record struct WorkMinutes : IComparable<WorkMinutes>
{
    /// <summary>Creates a duration of <paramref name="minutes"/> minutes (may be negative for a reversing entry).</summary>
    public WorkMinutes(long minutes) => Minutes = minutes;

    /// <summary>Whole minutes.</summary>
    public long Minutes { get; }

    /// <summary>No time.</summary>
    public static WorkMinutes Zero => default;

    /// <summary>Whole hours.</summary>
    public static WorkMinutes FromHours(int hours) => new(hours * 60L);

    /// <summary>Hours given as a decimal with at most two places, converted to whole minutes
    /// (rounded to the nearest minute, halves away from zero: 0.01 h is 0.6 min → 1 min).</summary>
    public static WorkMinutes FromHours(decimal hours) =>
        new((long)decimal.Round(hours * 60m, 0, MidpointRounding.AwayFromZero));

    /// <summary>Parses hours written as a decimal with at most two places ("7", "3.5", "7.25").</summary>
    public static bool TryParseHours(string? text, out WorkMinutes value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
        {
            return false;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && text.Length - dot - 1 > 2)
        {
            return false;
        }
        value = FromHours(hours);
        return true;
    }

    /// <summary>The duration in hours, exact to the minute.</summary>
    public decimal Hours => Minutes / 60m;

    /// <summary>Sum of two durations.</summary>
    public static WorkMinutes operator +(WorkMinutes a, WorkMinutes b) => new(checked(a.Minutes + b.Minutes));
    /// <summary>Difference of two durations.</summary>
    public static WorkMinutes operator -(WorkMinutes a, WorkMinutes b) => new(checked(a.Minutes - b.Minutes));
    /// <summary>The opposite duration (a reversing entry).</summary>
    public static WorkMinutes operator -(WorkMinutes a) => new(-a.Minutes);
    /// <summary>Compares.</summary>
    public static bool operator <(WorkMinutes a, WorkMinutes b) => a.Minutes < b.Minutes;
    /// <summary>Compares.</summary>
    public static bool operator >(WorkMinutes a, WorkMinutes b) => a.Minutes > b.Minutes;
    /// <summary>Compares.</summary>
    public static bool operator <=(WorkMinutes a, WorkMinutes b) => a.Minutes <= b.Minutes;
    /// <summary>Compares.</summary>
    public static bool operator >=(WorkMinutes a, WorkMinutes b) => a.Minutes >= b.Minutes;

    /// <inheritdoc />
    public int CompareTo(WorkMinutes other) => Minutes.CompareTo(other.Minutes);

    /// <summary>Hours as text, without trailing zeros ("7", "3.5", "7.25").</summary>
    public override string ToString() => Hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
