using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Paris (since 2009): runs the Île-de-France AQI (<c>aqi-paris</c>, see <see cref="IleDeFranceAqi"/>) and the TIG
/// pédagogique of its territory (<c>soa-paris</c>). Options: <c>Insertion:Sites:paris</c>
/// (<see cref="IleDeFranceSiteOptions"/>).
/// </summary>
public sealed class ParisSite : ISite, IPluginSetup
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "paris";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its AQI programme.</summary>
    public const string AqiProgrammeId = "aqi-paris";

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-paris";

    /// <summary>The room of the collective workshops.</summary>
    public static readonly SiteLocation CollectiveWorkshops = new("paris-workshops", "Ateliers collectifs (Paris)", 1);

    /// <summary>The training centre (theory and exam).</summary>
    public static readonly SiteLocation TrainingCentre = new("paris-training-centre", "Centre de formation partenaire (Paris)", 1);

    private readonly IlotSiteSettings _settings;

    /// <summary>Creates the site with its default options.</summary>
    public ParisSite() : this(new IleDeFranceSiteOptions())
    {
    }

    /// <summary>Creates the site with its options (named <c>paris</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ParisSite(IOptionsMonitor<IleDeFranceSiteOptions> options) : this(IlotSiteSettings.Get(options, SiteId))
    {
    }

    private ParisSite(IleDeFranceSiteOptions options)
    {
        _settings = new IlotSiteSettings(PluginOptions.Validated(options, SiteId), SiteId);
        Programmes = [IleDeFranceAqi.Create(AqiProgrammeId, "AQI Paris — agent de restauration collective", CollectiveWorkshops, TrainingCentre, options)];
        SoaProgrammes = [_settings.Soa(SoaProgrammeId, TigTerritory.Paris)];
    }

    /// <summary>Registers the site's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<IleDeFranceSiteOptions>(ConfigurationSection, SiteId);

    /// <inheritdoc />
    public string Id => SiteId;
    /// <inheritdoc />
    public string Name => "Paris";
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
