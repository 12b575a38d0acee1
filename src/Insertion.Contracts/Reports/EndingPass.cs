namespace Insertion.Contracts;

/// <summary>A PASS IAE whose end (suspensions and prolongations included) falls in the next 90 days from the as-of day (ids only).</summary>
/// <param name="Pass">The PASS IAE.</param>
/// <param name="Person">Its holder (id).</param>
/// <param name="End">Its last day.</param>
/// <param name="DaysLeft">End − as-of, in days.</param>
/// <param name="Window">The smallest window holding it: 30, 60 or 90.</param>
/// <param name="Contract">The structure's contract hired on it and in force on the as-of day, if any.</param>
/// <param name="ContractLastDay">That contract's last day: when later than <paramref name="End"/>, the PASS ends before the contract.</param>
public sealed record EndingPass(PassId Pass, PersonId Person, DateOnly End, int DaysLeft, int Window, ContractId? Contract, DateOnly? ContractLastDay);
