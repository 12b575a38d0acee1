using System.ComponentModel.DataAnnotations;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Options of an Île-de-France site (Paris, Aubervilliers): those of every site, plus the figures
/// of its AQI that DOMAIN.md does not give (defaults taken from Amiens; set the site's own).
/// </summary>
public sealed class IleDeFranceSiteOptions : IlotSiteOptions
{
    /// <summary>Length of a cohort, in months date à date (default 8, as in Amiens).</summary>
    [Range(1, 24)]
    public int AqiLengthMonths { get; set; } = 8;

    /// <summary>People a cohort takes (default 15, as in Amiens).</summary>
    [Range(1, 40)]
    public int AqiCapacity { get; set; } = 15;

    /// <summary>Promotions opened per year (default 1).</summary>
    [Range(1, 6)]
    public int AqiPromotionsPerYear { get; set; } = 1;
}
