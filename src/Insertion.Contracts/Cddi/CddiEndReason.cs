namespace Insertion.Contracts;

/// <summary>Why a CDDI ended.</summary>
public enum CddiEndReason
{
    /// <summary>It reached its term (daily sweep).</summary>
    Term,
    /// <summary>The trial period was broken.</summary>
    TrialTerminated,
    /// <summary>The employee was hired on a CDI (C. trav. L1243-2).</summary>
    PermanentJob,
    /// <summary>The employee was hired on a CDI or a CDD of at least 6 months at the end of a suspension (L5132-15-2).</summary>
    FixedTermJob6Months,
    /// <summary>Left for a qualifying training: kept for imported records; <c>terminate</c> refuses it (record a mutual agreement).</summary>
    QualifyingTraining,
    /// <summary>Serious misconduct (C. trav. L1243-1).</summary>
    SeriousMisconduct,
    /// <summary>Force majeure (C. trav. L1243-1).</summary>
    ForceMajeure,
    /// <summary>Unfitness certified by the occupational doctor (C. trav. L1243-1).</summary>
    Unfitness,
    /// <summary>Mutual agreement of both parties (C. trav. L1243-1).</summary>
    MutualAgreement,
}
