namespace Insertion.Contracts;

/// <summary>Reasons for prolonging a PASS IAE, with their limits (itou/approvals; DOMAIN.md §6).</summary>
public enum PassProlongationReason
{
    /// <summary>End of a training: at most 365 days a request, no total cap (declared by the employer).</summary>
    Training,
    /// <summary>Person aged 50 or over: at most 365 days a request, 1 825 in total.</summary>
    Senior,
    /// <summary>Recognised disabled worker (RQTH): at most 365 days a request, 1 095 in total.</summary>
    Rqth,
    /// <summary>Particular difficulties (ACI and AI only): at most 365 days a request, 1 095 in total.</summary>
    ParticularDifficulties,
    /// <summary>CDI signed with a person aged 57 or over: at most 3 650 days a request, no total cap.</summary>
    SeniorCdi,
}
