namespace Insertion.Contracts;

/// <summary>The weekly limits of working time the report lists, not refuses (DOMAIN.md §2: the ledger records what was paid).</summary>
public enum WeeklyLimitKind
{
    /// <summary>A part-time contract's complementary hours above the share of its contractual weekly hours (a tenth, C. trav. L3123-20; up to a third by agreement, L3123-28).</summary>
    ComplementaryAboveShare,

    /// <summary>A part-time contract's week reaching the legal weekly duration, 35 h (C. trav. L3123-9).</summary>
    PartTimeReachesLegalDuration,

    /// <summary>A week above the absolute weekly maximum, 48 h (C. trav. L3121-20).</summary>
    AboveWeeklyMaximum,
}
