namespace Insertion.Cohorts;

/// <summary>
/// What a person did after (or during) a cohort, as recorded for the outcome funnel
/// (SCENARIOS.md, <c>outcome</c>). The first three are employment.
/// </summary>
public enum OutcomeKind
{
    /// <summary>A permanent job (CDI).</summary>
    PermanentJob,
    /// <summary>A fixed-term or temporary job of at least 6 months.</summary>
    FixedTermJob6Months,
    /// <summary>A job of less than 6 months.</summary>
    ShortJob,
    /// <summary>A training (not employment).</summary>
    Training,
    /// <summary>No solution (not employment).</summary>
    None,
}

/// <summary>Helpers on <see cref="OutcomeKind"/>.</summary>
public static class OutcomeKinds
{
    /// <summary>Whether the outcome is employment (permanentJob, fixedTermJob6Months or shortJob; SCENARIOS.md).</summary>
    public static bool IsEmployment(this OutcomeKind kind) =>
        kind is OutcomeKind.PermanentJob or OutcomeKind.FixedTermJob6Months or OutcomeKind.ShortJob;
}
