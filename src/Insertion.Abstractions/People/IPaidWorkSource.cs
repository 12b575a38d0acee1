namespace Insertion.Abstractions;

/// <summary>
/// Paid work of a person, where Sentencing meets Contracts without referencing it: the TIG weekly
/// cap (TIG + paid hours ≤ 35 + 12 h, Code pénitentiaire R. 623-16) sums every registered source.
/// Contracts contributes the weekly hours of the person's CDDI; a host may add others. Registered
/// scoped (a source reads the store through the scope's repositories).
/// </summary>
public interface IPaidWorkSource
{
    /// <summary>Paid minutes of the person in the ISO week that holds <paramref name="on"/>, as known on that day.</summary>
    Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId person, DateOnly on, CancellationToken ct);
}
