namespace Insertion.Cohorts;

/// <summary>What can happen to a cohort (the triggers of its lifecycle).</summary>
public enum CohortTrigger
{
    /// <summary>Opens enrolment.</summary>
    Open,
    /// <summary>The start date is reached.</summary>
    Start,
    /// <summary>A person enrols.</summary>
    Enrol,
    /// <summary>A person withdraws.</summary>
    Withdraw,
    /// <summary>An exam result is recorded.</summary>
    RecordExam,
    /// <summary>The cohort is closed.</summary>
    Close,
}
