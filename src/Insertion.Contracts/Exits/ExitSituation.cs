namespace Insertion.Contracts;

/// <summary>
/// The situation of a person when their contract ends (sortie), as recorded for reporting.
/// Each maps to one <see cref="ExitCategory"/> (DOMAIN.md §2, "Exits"). Names parse from
/// camelCase words (<c>permanentJob</c>, <c>training</c>, …).
/// </summary>
public enum ExitSituation
{
    /// <summary>Hired on a CDI (durable employment).</summary>
    PermanentJob,

    /// <summary>Hired on a CDD or a temporary assignment of 6 months or more (durable employment).</summary>
    FixedTermJob6MonthsOrMore,

    /// <summary>Created or took over a business (durable employment).</summary>
    BusinessCreation,

    /// <summary>Hired on a CDD or a temporary assignment of less than 6 months (transitional employment).</summary>
    FixedTermJobUnder6Months,

    /// <summary>Hired on a contrat aidé, e.g. a CUI-PEC (transitional employment).</summary>
    SubsidisedContract,

    /// <summary>Entered a qualifying or vocational training (positive exit).</summary>
    Training,

    /// <summary>Hired by another IAE structure (positive exit).</summary>
    OtherIaeStructure,

    /// <summary>End of contract with no solution: job seeker without employment or training (other exit).</summary>
    NoSolution,

    /// <summary>Situation unknown (other exit).</summary>
    Unknown,

    /// <summary>Any other situation (inactivity, moving away, …) (other exit).</summary>
    Other,
}
