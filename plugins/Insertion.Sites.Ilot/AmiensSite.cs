using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Amiens (since end 2015): the AQI hires at once on an 8-month CDDI with a 1-month trial and
/// alternates week by week between the ACI kitchen and the training organisation's technical
/// platform; three promotions a year (DOMAIN.md §1). Runs the TIG pédagogique of the Somme
/// (<c>soa-somme</c>). Options: <c>Insertion:Sites:amiens</c> (<see cref="IlotSiteOptions"/>).
/// </summary>
public sealed class AmiensSite : ISite, IPluginSetup
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "amiens";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-somme";

    /// <summary>The kitchen of the ACI (Îlot Gourmand).</summary>
    public static readonly SiteLocation Kitchen = new("amiens-kitchen", "Cuisine de l'ACI (Îlot Gourmand)", 1);

    /// <summary>The technical platform of the training organisation (AFEC).</summary>
    public static readonly SiteLocation TrainingPlatform = new("amiens-afec", "Plateau technique de l'AFEC", 1);

    /// <summary>The Amiens AQI programme.</summary>
    public static readonly ProgrammeDefinition AqiAmiens = new()
    {
        Id = "aqi-amiens",
        Name = "AQI Amiens — agent de restauration collective",
        LengthMonths = 8,
        CddiMonths = 8,
        CddiTrialMonths = 1,
        Capacity = 15,
        PromotionsPerYear = 3,
        PlacementMinWeeks = 6,
        PlacementMaxWeeks = 8,
        Rotation = [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production],
        LocationOf = new Dictionary<ActivityKind, string>
        {
            [ActivityKind.PracticalTraining] = Kitchen.Id,
            [ActivityKind.Production] = Kitchen.Id,
            [ActivityKind.Theory] = TrainingPlatform.Id,
            [ActivityKind.Exam] = TrainingPlatform.Id,
        },
        WorkshopId = "ilot-gourmand",
        Certification = "Titre professionnel agent de restauration collective",
        // Mixed by gender and by life path; parity is aimed at but not reached: mixity is measured (DOMAIN.md §1).
        Mixity = new MixityTarget { MinWomenShare = 0.5m },
    };

    private readonly IlotSiteSettings _settings;

    /// <summary>Creates the site with its default options.</summary>
    public AmiensSite() : this(new IlotSiteOptions())
    {
    }

    /// <summary>Creates the site with its options (named <c>amiens</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public AmiensSite(IOptionsMonitor<IlotSiteOptions> options) : this(IlotSiteSettings.Get(options, SiteId))
    {
    }

    private AmiensSite(IlotSiteOptions options)
    {
        _settings = new IlotSiteSettings(options, SiteId);
        SoaProgrammes = [_settings.Soa(SoaProgrammeId, TigTerritory.Somme)];
    }

    /// <summary>Registers the site's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<IlotSiteOptions>(ConfigurationSection, SiteId);

    /// <inheritdoc />
    public string Id => SiteId;
    /// <inheritdoc />
    public string Name => "Amiens";
    /// <inheritdoc />
    public FrenchRegion Region => _settings.Region;
    /// <inheritdoc />
    public IReadOnlyList<SiteLocation> Locations { get; } = [Kitchen, TrainingPlatform];
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } = [AqiAmiens];
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures => _settings.Closures;
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => _settings.ParameterOverrides;
    /// <inheritdoc />
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; }
}
