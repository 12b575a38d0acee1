namespace Insertion.Contracts;

/// <summary>
/// A base amount of the aide au poste in force over days of the report's year (DOMAIN.md §6: dated
/// rows; a change mid-year, such as 2024-11-01, splits the year).
/// </summary>
/// <param name="Period">Days of the year the amount is in force.</param>
/// <param name="AmountPerEtp">Base amount per ETP and year, in euros.</param>
/// <param name="Source">Its source (or "override by …").</param>
public sealed record AidAmountPeriod(DateRange Period, decimal AmountPerEtp, string Source);
