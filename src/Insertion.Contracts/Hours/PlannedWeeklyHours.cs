using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>Planned weekly paid hours of a contract over a period (a contract's schedule may vary, DOMAIN.md §2).</summary>
/// <param name="Period">The days the weekly hours apply to, both ends included.</param>
/// <param name="Weekly">Planned paid time per week.</param>
public sealed record PlannedWeeklyHours(DateRange Period, WorkMinutes Weekly);
