namespace Insertion.Abstractions;

public static partial class RuleCodes
{
    /// <summary>Enrolment past the cohort's capacity.</summary>
    public static readonly RuleCode CohortFull = new("COHORT-FULL",
        "A cohort takes no more people than its capacity", "parameter (programme capacity)");
    /// <summary>A person not (or no longer) enrolled in the cohort.</summary>
    public static readonly RuleCode CohortNotEnrolled = new("COHORT-NOT-ENROLLED",
        "Only a person enrolled and not withdrawn takes part in the cohort", "programme rules");
}
