namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>An idempotency key reused for an entry of different content.</summary>
    public static readonly RuleCode HoursKeyConflict = new("HOURS-KEY-CONFLICT",
        "An idempotency key names one entry: the same key with different content is refused", "append-only ledger (DESIGN.md, house style)");
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
    /// <summary>A second, different exit for one contract.</summary>
    public static readonly RuleCode ExitAlreadyRecorded = new("EXIT-ALREADY-RECORDED",
        "A contract has one exit: a different exit for a contract that has one is refused", "exit reporting of IAE structures (ASP, annual agreement)");
}
