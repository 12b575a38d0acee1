namespace Insertion.Contracts;

/// <summary>How a PASS IAE suspension moves the PASS's end (parameter <c>PassIae.SuspensionExtension</c>).</summary>
public enum PassSuspensionExtension
{
    /// <summary>
    /// By (to − from) days, the issuing service's own computation (les emplois de l'inclusion,
    /// itou/approvals): a 1-day suspension moves nothing. The default.
    /// </summary>
    Issuer,

    /// <summary>By the inclusive length of the suspension (to − from + 1 days), for a host that wants it.</summary>
    Inclusive,
}
