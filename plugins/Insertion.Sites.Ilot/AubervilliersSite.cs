using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Aubervilliers (since 2012), in Seine-Saint-Denis, where the SOA was created in 2016 with the SPIP 93 and a JAP: runs the Île-de-France AQI (<c>aqi-aubervilliers</c>, see <see cref="IleDeFranceAqi"/>) and the TIG
/// pédagogique of its territory (<c>soa-seine-saint-denis</c>). Options: <c>Insertion:Sites:aubervilliers</c>
/// (<see cref="IleDeFranceSiteOptions"/>).
/// </summary>
public sealed class AubervilliersSite : ISite, IPluginSetup
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "aubervilliers";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its AQI programme.</summary>
    public const string AqiProgrammeId = "aqi-aubervilliers";

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-seine-saint-denis";

    /// <summary>The room of the collective workshops.</summary>
    public static readonly SiteLocation CollectiveWorkshops = new("aubervilliers-workshops", "Ateliers collectifs (Aubervilliers)", 1);

    /// <summary>The training centre (theory and exam).</summary>
    public static readonly SiteLocation TrainingCentre = new("aubervilliers-training-centre", "Centre de formation partenaire (Aubervilliers)", 1);

    private readonly IlotSiteSettings _settings;

    /// <summary>Creates the site with its default options.</summary>
    public AubervilliersSite() : this(new IleDeFranceSiteOptions())
    {
    }

    /// <summary>Creates the site with its options (named <c>aubervilliers</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public AubervilliersSite(IOptionsMonitor<IleDeFranceSiteOptions> options) : this(IlotSiteSettings.Get(options, SiteId))
    {
    }

    private AubervilliersSite(IleDeFranceSiteOptions options)
    {
        _settings = new IlotSiteSettings(PluginOptions.Validated(options, SiteId), SiteId);
        Programmes = [IleDeFranceAqi.Create(AqiProgrammeId, "AQI Aubervilliers — agent de restauration collective", CollectiveWorkshops, TrainingCentre, options)];
        SoaProgrammes = [_settings.Soa(SoaProgrammeId, TigTerritory.SeineSaintDenis)];
    }

    /// <summary>Registers the site's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<IleDeFranceSiteOptions>(ConfigurationSection, SiteId);

    /// <inheritdoc />
    public string Id => SiteId;
    /// <inheritdoc />
    public string Name => "Aubervilliers";
    /// <inheritdoc />
    public FrenchRegion Region => _settings.Region;
    /// <inheritdoc />
    public IReadOnlyList<SiteLocation> Locations { get; } = [CollectiveWorkshops, TrainingCentre];
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; }
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures => _settings.Closures;
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => _settings.ParameterOverrides;
    /// <inheritdoc />
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; }
}
