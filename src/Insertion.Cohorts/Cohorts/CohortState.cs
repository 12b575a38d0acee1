namespace Insertion.Cohorts;

/// <summary>Where a cohort (a promotion of a programme) is in its life.</summary>
public enum CohortState
{
    /// <summary>Created, not yet open for enrolment.</summary>
    Planned,
    /// <summary>Open for enrolment, before its start date.</summary>
    Open,
    /// <summary>Started (its start date is reached); enrolment continues within the entry window.</summary>
    Running,
    /// <summary>Closed: no more enrolments, withdrawals or exam results.</summary>
    Closed,
}
