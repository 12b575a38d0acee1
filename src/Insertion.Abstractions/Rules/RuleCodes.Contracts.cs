namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>Hiring needs a PASS IAE of the person whose [start, end] contains the hire's start.</summary>
    public static readonly RuleCode PassIaeMissing = new("PASS-IAE-MISSING",
        "Hiring on a CDDI needs a PASS IAE whose [start, end] contains the start day", "C. trav. L5132-15-1 (agrément), les emplois de l'inclusion");
    /// <summary>A prolongation that adds no day, too many days, or passes the total cap.</summary>
    public static readonly RuleCode PassProlongationLimit = new("PASS-PROLONGATION-LIMIT",
        "A PASS IAE prolongation must add days, at most 365 (3 650 for a senior CDI) per request, within the reason's total cap", "les emplois de l'inclusion, itou/approvals (prolongation limits)");
    /// <summary>The person does not meet the prolongation reason's condition.</summary>
    public static readonly RuleCode PassProlongationCondition = new("PASS-PROLONGATION-CONDITION",
        "The prolongation reason's condition (age 50+, 57+, RQTH) must be met", "les emplois de l'inclusion, itou/approvals (prolongation reasons)");
    /// <summary>An invalid PASS IAE suspension.</summary>
    public static readonly RuleCode PassSuspensionInvalid = new("PASS-SUSPENSION-INVALID",
        "A PASS IAE suspension starts inside the PASS, ends on or after its start, within 36 months, without overlapping another", "les emplois de l'inclusion, itou/approvals (suspension limits)");
    /// <summary>A CDDI shorter than 4 months without the justice derogation.</summary>
    public static readonly RuleCode CddiMinDuration = new("CDDI-MIN-DURATION",
        "A CDDI lasts at least 4 months, unless the person benefits from a sentence adjustment", "C. trav. L5132-15-1");
    /// <summary>A CDDI past 24 months without a valid extension, or past the extension's limit.</summary>
    public static readonly RuleCode CddiMaxDuration = new("CDDI-MAX-DURATION",
        "A CDDI and its renewals last at most 24 months, beyond only by a listed extension within its limit", "C. trav. L5132-15-1, R5132-1-8");
    /// <summary>Weekly hours outside 20–35.</summary>
    public static readonly RuleCode CddiWeeklyHours = new("CDDI-WEEKLY-HOURS",
        "A CDDI's weekly working time is at least 20 h and at most the legal 35 h", "C. trav. L5132-15-1, D5132-43-5");
    /// <summary>A trial period longer than the legal maximum.</summary>
    public static readonly RuleCode CddiTrialTooLong = new("CDDI-TRIAL-TOO-LONG",
        "A CDD's trial period is 1 day per week, at most 2 weeks (≤ 6 months) or 1 month", "C. trav. L1242-10");
    /// <summary>An early end for a reason the law does not allow.</summary>
    public static readonly RuleCode CddiEarlyEndNotAllowed = new("CDDI-EARLY-END-NOT-ALLOWED",
        "A CDDI ends early only for a listed reason", "C. trav. L1243-1, L1243-2, L5132-15-2");
    /// <summary>A command from a state it does not leave.</summary>
    public static readonly RuleCode CddiInvalidTransition = new("CDDI-INVALID-TRANSITION",
        "The command is not possible from the contract's current state", "C. trav. L5132-15-1 (lifecycle)");
    /// <summary>Two CDDI of one person sharing a day.</summary>
    public static readonly RuleCode CddiOverlap = new("CDDI-OVERLAP",
        "A person holds one CDDI at a time", "C. trav. L5132-15-1");
}
