namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>TIG hours outside the legal range.</summary>
    public static readonly RuleCode TigHoursRange = new("TIG-HOURS-RANGE",
        "A TIG lasts 20 to 400 hours (earlier ranges for earlier measures)", "C. pén. 131-8");
    /// <summary>A time limit above 18 months.</summary>
    public static readonly RuleCode TigDeadlineRange = new("TIG-DEADLINE-RANGE",
        "The time limit to perform a TIG is at most 18 months", "C. pén. 131-22");
    /// <summary>Hours beyond the sentence.</summary>
    public static readonly RuleCode TigHoursExceeded = new("TIG-HOURS-EXCEEDED",
        "TIG hours may not exceed the hours sentenced", "C. pén. 131-8");
    /// <summary>An entry before the start or after the (moved) deadline.</summary>
    public static readonly RuleCode TigOutsideTerm = new("TIG-OUTSIDE-TERM",
        "TIG hours are performed between the start and the deadline", "C. pén. 131-22");
    /// <summary>Pedagogical hours above the programme's share.</summary>
    public static readonly RuleCode TigPedagogicalShare = new("TIG-PEDAGOGICAL-SHARE",
        "Pedagogical (SOA) hours stay within the programme's share of the measure", "parameter TIG.PedagogicalShareMax (programme)");
    /// <summary>More TIG hours in a day than the daily maximum.</summary>
    public static readonly RuleCode TigDailyMax = new("TIG-DAILY-MAX",
        "TIG hours in a day stay within the daily maximum (10 h, 8 h for a minor)", "parameter TIG.DailyMaxHours (C. trav. L3121-18, L3162-1)");
    /// <summary>TIG plus paid hours in a week above the cap.</summary>
    public static readonly RuleCode TigWeeklyCumul = new("TIG-WEEKLY-CUMUL",
        "TIG hours plus paid work in a week stay within 35 + 12 h (35 h for a minor)", "Code pénitentiaire R. 623-16 (number to confirm)");
    /// <summary>An invalid deadline suspension.</summary>
    public static readonly RuleCode TigSuspensionInvalid = new("TIG-SUSPENSION-INVALID",
        "A deadline suspension ends on or after its start and does not overlap another", "C. pén. 131-22");
    /// <summary>A command from a state it does not leave.</summary>
    public static readonly RuleCode TigInvalidTransition = new("TIG-INVALID-TRANSITION",
        "The command is not possible from the measure's current state", "C. pén. 131-22 (lifecycle)");
    /// <summary>A person under 16 on the day of the decision (minors: 16 or 17 at the decision).</summary>
    public static readonly RuleCode TigAgeAtDecision = new("TIG-AGE-AT-DECISION",
        "A TIG is pronounced against a person aged 16 or more on the day of the decision", "C. pén. 131-8, CJPM (minors aged 16 or 17 at the decision)");
    /// <summary>A correction that reverses no accepted entry, or one already reversed.</summary>
    public static readonly RuleCode TigCorrectionInvalid = new("TIG-CORRECTION-INVALID",
        "A correction reverses one accepted entry of the measure, once", "append-only hours ledger (library rule)");
    /// <summary>More attendees than an SOA session takes.</summary>
    public static readonly RuleCode TigSoaSessionFull = new("TIG-SOA-SESSION-FULL",
        "An SOA session takes no more TIGistes than its capacity", "parameter (SOA programme session capacity)");
}
