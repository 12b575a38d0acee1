namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>Enrolment past the cohort's capacity.</summary>
    public static readonly RuleCode CohortFull = new("COHORT-FULL",
        "A cohort takes no more people than its capacity", "parameter (programme capacity)");
    /// <summary>A person not (or no longer) enrolled in the cohort.</summary>
    public static readonly RuleCode CohortNotEnrolled = new("COHORT-NOT-ENROLLED",
        "Only a person enrolled and not withdrawn takes part in the cohort", "programme rules");
    /// <summary>Enrolment after the programme's entry window.</summary>
    public static readonly RuleCode CohortEntryClosed = new("COHORT-ENTRY-CLOSED",
        "People enrol in a cohort no later than the programme's entry window after its start", "parameter (programme entry window, ProgrammeDefinition.EntryWindowDays)");
    /// <summary>A person already taking part in a cohort whose period overlaps (or in this one).</summary>
    public static readonly RuleCode CohortAlreadyEnrolled = new("COHORT-ALREADY-ENROLLED",
        "A person takes part in one cohort at a time (a cohort hires on one CDDI, and a person holds one CDDI at a time)", "programme rules; C. trav. L5132-15-1 (one CDDI at a time)");
    /// <summary>A command the cohort's lifecycle does not allow from its state.</summary>
    public static readonly RuleCode CohortInvalidTransition = new("COHORT-INVALID-TRANSITION",
        "The command is not possible from the cohort's current state", "programme rules (cohort lifecycle)");
}
