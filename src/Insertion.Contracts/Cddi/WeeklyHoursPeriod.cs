namespace Insertion.Contracts;

/// <summary>A step of a CDDI's weekly-hours schedule: <see cref="Hours"/> a week from <see cref="From"/> until the next step.</summary>
/// <param name="From">First day.</param>
/// <param name="Hours">Weekly working time (20 h to 35 h, C. trav. L5132-15-1).</param>
public sealed record WeeklyHoursPeriod(DateOnly From, WorkMinutes Hours);
