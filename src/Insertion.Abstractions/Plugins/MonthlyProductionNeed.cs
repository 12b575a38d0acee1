namespace Insertion.Abstractions;

/// <summary>How many people the workshop's production needs in a calendar month (seasonal workload).</summary>
/// <param name="Month">Month of the year, 1 (January) to 12 (December).</param>
/// <param name="People">People needed in production that month (0 when production stops).</param>
public sealed record MonthlyProductionNeed(int Month, int People);
