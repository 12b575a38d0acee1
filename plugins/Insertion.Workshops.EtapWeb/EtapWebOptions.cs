using System.ComponentModel.DataAnnotations;

namespace Insertion.Workshops.EtapWeb;

/// <summary>
/// Options of the Etap'Web digital agency, bound from the configuration section
/// <c>Insertion:Workshops:etap-web</c> and validated at start.
/// </summary>
public sealed class EtapWebOptions
{
    /// <summary>People in production at once (default 10).</summary>
    [Range(1, 30)]
    public int Capacity { get; set; } = 10;

    /// <summary>
    /// Largest share of a person's weekly hours that may be remote (default 0.4, two days of five;
    /// a house default). Below 1: an insertion job keeps time on site with the supervisors and CIP.
    /// </summary>
    [Range(0.0, 1.0, MaximumIsExclusive = true)]
    public decimal RemoteShareMax { get; set; } = 0.4m;

    /// <summary>Length of the onboarding (IT charter, security and confidentiality of client data), in hours (default 4).</summary>
    [Range(1, 35)]
    public int OnboardingHours { get; set; } = 4;
}
