namespace Insertion.Contracts;

/// <summary>One contract's ISO week over one weekly limit (DOMAIN.md §2): reported, never refused.</summary>
/// <param name="Contract">The contract.</param>
/// <param name="Week">The ISO week (Monday to Sunday).</param>
/// <param name="Kind">The limit passed.</param>
/// <param name="ContractualWeekly">The contract's weekly hours in force on its first day of the week (null when the week has no day under the contract's schedule).</param>
/// <param name="Worked">Paid time of the week (ledger day totals, Monday to Sunday).</param>
/// <param name="ThresholdHours">The limit in hours for the week: contractual hours + the complementary share, the legal duration (reached: over), or the absolute maximum (passed: over).</param>
/// <param name="Source">The rule's source.</param>
public sealed record WeeklyLimitFinding(
    ContractId Contract,
    IsoWeek Week,
    WeeklyLimitKind Kind,
    WorkMinutes? ContractualWeekly,
    WorkMinutes Worked,
    decimal ThresholdHours,
    string Source);
