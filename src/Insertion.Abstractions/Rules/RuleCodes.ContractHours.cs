namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>An idempotency key reused for an entry of different content.</summary>
    public static readonly RuleCode HoursKeyConflict = new("HOURS-KEY-CONFLICT",
        "An idempotency key names one entry: the same key with different content is refused", "append-only ledger (DESIGN.md, house style)");
    /// <summary>Paid hours on a day the contract was not in force: before its start, after its last day, or suspended.</summary>
    public static readonly RuleCode HoursOutsideContract = new("HOURS-OUTSIDE-CONTRACT",
        "Paid hours count only on a day the contract was in force: from its start to its last day (the term or an early end), not while suspended (from the suspension's first day to the day before the resume)",
        "C. trav. L5132-2 (aide au poste on paid hours), L5132-15-2 (suspension of the CDDI)");
    /// <summary>A contract's paid hours on one day above the daily maximum.</summary>
    public static readonly RuleCode HoursDailyMax = new("HOURS-DAILY-MAX",
        "A contract's paid hours on one day, this entry included, stay within the daily maximum (parameter Hours.DailyMaxHours, 10 h)",
        "C. trav. L3121-18 (daily maximum working time)");
    /// <summary>A worked-hours entry of no or negative minutes, or a day above 24 h for one contract.</summary>
    public static readonly RuleCode HoursEntryInvalid = new("HOURS-ENTRY-INVALID",
        "A worked-hours entry records more than zero minutes, and a contract's day holds at most 24 h", "ledger of paid hours counted for the aide au poste (C. trav. L5132-2)");
    /// <summary>A reversal of an entry the ledger does not hold as an original entry.</summary>
    public static readonly RuleCode HoursReversalUnknown = new("HOURS-REVERSAL-UNKNOWN",
        "A reversing entry references an original entry of the same contract's ledger (not a reversal)", "append-only ledger (DESIGN.md, house style)");
    /// <summary>A second reversal of an entry.</summary>
    public static readonly RuleCode HoursAlreadyReversed = new("HOURS-ALREADY-REVERSED",
        "An entry is reversed at most once", "append-only ledger (DESIGN.md, house style)");
    /// <summary>A modulated part of the aide au poste outside 0–10 %.</summary>
    public static readonly RuleCode AidModulationRange = new("AID-MODULATION-RANGE",
        "The modulated part of the aide au poste is 0 to 10 % of the base amount", "C. trav. L5132-2 (aids of the annual agreement), yearly arrêté fixing the aid amounts (article of the modulation to confirm)");
    /// <summary>An exit for a contract that is not Ended.</summary>
    public static readonly RuleCode ExitContractNotEnded = new("EXIT-CONTRACT-NOT-ENDED",
        "An exit is recorded for an Ended contract only, with the contract's own workshop and last day",
        "exit reporting of IAE structures (ASP, annual agreement)");
    /// <summary>A second, different exit for one contract.</summary>
    public static readonly RuleCode ExitAlreadyRecorded = new("EXIT-ALREADY-RECORDED",
        "A contract has one exit: a different exit for a contract that has one is refused", "exit reporting of IAE structures (ASP, annual agreement)");
}
