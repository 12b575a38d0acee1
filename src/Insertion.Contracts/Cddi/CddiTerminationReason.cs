namespace Insertion.Contracts;

/// <summary>Reasons given for ending a CDDI early (SCENARIOS.md, <c>terminate</c>); some are refused.</summary>
public enum CddiTerminationReason
{
    /// <summary>Hired on a CDI: allowed from Trial, Active or Suspended (C. trav. L1243-2).</summary>
    PermanentJob,
    /// <summary>Hired on a CDI or a CDD of at least 6 months at the end of a suspension: only while Suspended (L5132-15-2).</summary>
    FixedTermJob6Months,
    /// <summary>Leaving for a qualifying training: refused, a CDDI has no such unilateral right (record a mutual agreement).</summary>
    QualifyingTraining,
    /// <summary>Serious misconduct (C. trav. L1243-1).</summary>
    SeriousMisconduct,
    /// <summary>Force majeure (C. trav. L1243-1).</summary>
    ForceMajeure,
    /// <summary>Unfitness certified by the occupational doctor (C. trav. L1243-1).</summary>
    Unfitness,
    /// <summary>Mutual agreement (C. trav. L1243-1).</summary>
    MutualAgreement,
    /// <summary>An employer's decision for another reason: refused (C. trav. L1243-1).</summary>
    EmployerDecision,
    /// <summary>A resignation: refused (C. trav. L1243-1).</summary>
    Resignation,
}
