namespace Insertion.Contracts;

/// <summary>A CDDI whose last day falls in the next 90 days from the report's as-of day (ids only, DOMAIN.md §5).</summary>
/// <param name="Contract">The contract.</param>
/// <param name="Person">The employee (id).</param>
/// <param name="Workshop">The workshop.</param>
/// <param name="LastDay">The last day: the term, or the day of an early end.</param>
/// <param name="DaysLeft">LastDay − as-of, in days (0: ends on the as-of day).</param>
/// <param name="Window">The smallest window holding it: 30, 60 or 90 (day 30 is in the 30-day window, day 31 in the 60-day one).</param>
public sealed record EndingContract(ContractId Contract, PersonId Person, WorkshopId Workshop, DateOnly LastDay, int DaysLeft, int Window);
