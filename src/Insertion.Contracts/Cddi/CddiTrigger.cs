namespace Insertion.Contracts;

/// <summary>The triggers of the CDDI lifecycle (see <see cref="CddiLifecycle"/>).</summary>
public enum CddiTrigger
{
    /// <summary>The employer confirms the trial: Trial → Active.</summary>
    ConfirmTrial,
    /// <summary>The trial is broken: Trial → Ended (TrialTerminated).</summary>
    FailTrial,
    /// <summary>Suspension at the employee's request: Trial or Active → Suspended.</summary>
    Suspend,
    /// <summary>End of a suspension: back to the state it suspended.</summary>
    Resume,
    /// <summary>An allowed early end (CDI hire, misconduct, force majeure, unfitness, mutual agreement): → Ended.</summary>
    EndEarly,
    /// <summary>Hired on a CDI or a CDD ≥ 6 months at the end of a suspension: Suspended → Ended.</summary>
    EndAfterSuspension,
    /// <summary>The term is extended (internal: the state does not change).</summary>
    Renew,
    /// <summary>The weekly hours change from a date (internal).</summary>
    ChangeWeeklyHours,
    /// <summary>Daily sweep: the trial's last day has passed: Trial → Active.</summary>
    TrialElapsed,
    /// <summary>Daily sweep: the term has passed: → Ended (Term).</summary>
    TermReached,
}
