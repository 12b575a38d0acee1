namespace Insertion.Contracts;

/// <summary>
/// Reasons for suspending a PASS IAE, as the issuing service lists them (itou/approvals/enums.py).
/// The first five are current; the others are historic, accepted so that old records can be imported.
/// </summary>
public enum PassSuspensionReason
{
    /// <summary>Contract suspended for more than 15 days (current).</summary>
    SuspendedContract,
    /// <summary>Contract broken (current).</summary>
    BrokenContract,
    /// <summary>Contract finished (current).</summary>
    FinishedContract,
    /// <summary>Agreement of the local IAE committee, CTA (current).</summary>
    CtaAgreement,
    /// <summary>Switch to the "contrat passerelle" experiment, ACI and EI only (current).</summary>
    ContratPasserelle,
    /// <summary>Long sickness (historic).</summary>
    Sickness,
    /// <summary>Maternity (historic).</summary>
    Maternity,
    /// <summary>Detention (historic).</summary>
    Detention,
    /// <summary>Trial period outside IAE (historic).</summary>
    TrialOutsideIae,
    /// <summary>Detoxification cure (historic).</summary>
    Detoxification,
    /// <summary>Force majeure, with a written explanation (historic).</summary>
    ForceMajeure,
}

/// <summary>Facts about <see cref="PassSuspensionReason"/>.</summary>
public static class PassSuspensionReasons
{
    /// <summary>Whether the reason is one the issuing service still accepts (a hire inside such a suspension cuts it).</summary>
    public static bool IsCurrent(this PassSuspensionReason reason) => reason <= PassSuspensionReason.ContratPasserelle;
}
