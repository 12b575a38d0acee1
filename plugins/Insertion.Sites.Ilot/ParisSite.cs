using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Paris (since 2009): runs the Île-de-France AQI (<c>aqi-paris</c>) and the TIG pédagogique of its territory
/// (<c>soa-paris</c>). Options: <c>Insertion:Sites:paris</c> (<see cref="IleDeFranceSiteOptions"/>).
/// </summary>
public sealed class ParisSite : IleDeFranceSite, IPluginSetup
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "paris";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its AQI programme.</summary>
    public const string AqiProgrammeId = "aqi-paris";

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-paris";

    /// <summary>Creates the site with its default options.</summary>
    public ParisSite() : this(new IleDeFranceSiteOptions())
    {
    }

    /// <summary>Creates the site with its options (named <c>paris</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ParisSite(IOptionsMonitor<IleDeFranceSiteOptions> options) : this(OptionsOf(options, SiteId))
    {
    }

    private ParisSite(IleDeFranceSiteOptions options)
        : base(SiteId, "Paris", AqiProgrammeId, SoaProgrammeId, TigTerritory.Paris, options)
    {
    }

    /// <summary>Registers the site's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) => AddOptions(builder, SiteId);
}
