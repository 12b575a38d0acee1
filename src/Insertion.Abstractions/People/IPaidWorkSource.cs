namespace Insertion.Abstractions;

/// <summary>
/// Paid work of a person, where Sentencing meets Contracts without referencing it: the TIG weekly
/// cap (TIG + paid hours ≤ 35 + 12 h, Code pénitentiaire R. 623-16) sums every registered source.
/// Contracts contributes the weekly hours of the person's CDDI; a host may add others.
/// Registered scoped (a source may read the store through scoped repositories).
/// </summary>
public interface IPaidWorkSource
{
    /// <summary>Paid minutes of the person in the ISO week that holds <paramref name="on"/>, as known on that day.</summary>
    /// <param name="person">The person.</param>
    /// <param name="on">A day of the week asked about.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId person, DateOnly on, CancellationToken cancellationToken = default);
}
