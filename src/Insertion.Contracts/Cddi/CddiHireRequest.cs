namespace Insertion.Contracts;

/// <summary>What a hire on a CDDI states (SCENARIOS.md, <c>hire</c>).</summary>
/// <param name="Contract">The new contract's id.</param>
/// <param name="Person">The employee.</param>
/// <param name="Workshop">The workshop (plugin id) the person works in.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day of the initial term (see <see cref="EndAfterMonths"/>).</param>
/// <param name="WeeklyHours">Weekly working time from the start (20 h to 35 h).</param>
/// <param name="TrialDays">Trial days; null for the legal maximum (C. trav. L1242-10); 0 for no trial.</param>
/// <param name="SentenceAdjustment">
/// Whether the person, convicted, benefits from a sentence adjustment: the derogation to the
/// 4-month minimum (L5132-15-1). Justice data: used for this check only, never stored on the contract.
/// </param>
public sealed record CddiHireRequest(
    ContractId Contract,
    PersonId Person,
    WorkshopId Workshop,
    DateOnly Start,
    DateOnly End,
    WorkMinutes WeeklyHours,
    int? TrialDays = null,
    bool SentenceAdjustment = false)
{
    /// <summary>The end of <paramref name="months"/> months date à date from <paramref name="start"/>.</summary>
    public static DateOnly EndAfterMonths(DateOnly start, int months) => LegalDates.MonthsEnd(start, months);
}
