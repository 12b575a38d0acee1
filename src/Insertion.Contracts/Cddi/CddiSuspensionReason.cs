namespace Insertion.Contracts;

/// <summary>Reasons for suspending a CDDI at the employee's request (C. trav. L5132-15-2).</summary>
public enum CddiSuspensionReason
{
    /// <summary>A PMSMP (immersion with another employer), with the employer's agreement.</summary>
    Pmsmp,
    /// <summary>Another action helping the person's insertion, with the employer's agreement.</summary>
    InsertionAction,
    /// <summary>A trial period for a job offer on a CDI or a CDD of at least 6 months.</summary>
    TrialElsewhere,
}
