namespace Insertion.Abstractions;

/// <summary>Reads the day from a <see cref="TimeProvider"/>: the library never asks the system clock itself.</summary>
public static class TimeProviderExtensions
{
    /// <summary>Today's date in the provider's local time zone.</summary>
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }
}
