using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Aubervilliers (since 2012), in Seine-Saint-Denis, where the SOA was created in 2016 with the SPIP 93 and a JAP: runs the Île-de-France AQI (<c>aqi-aubervilliers</c>) and the TIG pédagogique of its territory
/// (<c>soa-seine-saint-denis</c>). Options: <c>Insertion:Sites:aubervilliers</c> (<see cref="IleDeFranceSiteOptions"/>).
/// </summary>
public sealed class AubervilliersSite : IleDeFranceSite, IPluginSetup
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "aubervilliers";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its AQI programme.</summary>
    public const string AqiProgrammeId = "aqi-aubervilliers";

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-seine-saint-denis";

    /// <summary>Creates the site with its default options.</summary>
    public AubervilliersSite() : this(new IleDeFranceSiteOptions())
    {
    }

    /// <summary>Creates the site with its options (named <c>aubervilliers</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public AubervilliersSite(IOptionsMonitor<IleDeFranceSiteOptions> options) : this(OptionsOf(options, SiteId))
    {
    }

    private AubervilliersSite(IleDeFranceSiteOptions options)
        : base(SiteId, "Aubervilliers", AqiProgrammeId, SoaProgrammeId, TigTerritory.SeineSaintDenis, options)
    {
    }

    /// <summary>Registers the site's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) => AddOptions(builder, SiteId);
}
