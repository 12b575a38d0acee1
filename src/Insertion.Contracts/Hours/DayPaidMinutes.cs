namespace Insertion.Contracts;

/// <summary>The paid minutes of one day, summed over some ledgers (<see cref="IPaidHoursTotals"/>).</summary>
/// <param name="Day">The day.</param>
/// <param name="Minutes">The sum of the day's entries (reversals included).</param>
public sealed record DayPaidMinutes(DateOnly Day, WorkMinutes Minutes);
