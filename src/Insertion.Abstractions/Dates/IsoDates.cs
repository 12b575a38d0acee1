using System.Globalization;

namespace Insertion.Abstractions;

/// <summary>ISO 8601 text for dates (<c>YYYY-MM-DD</c>), culture-independent.</summary>
public static class IsoDates
{
    /// <summary>Parses exactly <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Formats as <c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
