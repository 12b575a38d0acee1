using Insertion.Abstractions;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Amiens (since end 2015): the AQI hires at once on an 8-month CDDI with a 1-month trial and
/// alternates week by week between the ACI kitchen and the training organisation's technical
/// platform; three promotions a year (DOMAIN.md §1).
/// </summary>
public sealed class AmiensSite : ISite
{
    /// <summary>The site's id.</summary>
    public const string SiteId = "amiens";

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

    /// <inheritdoc />
    public string Id => SiteId;
    /// <inheritdoc />
    public string Name => "Amiens";
    /// <inheritdoc />
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    /// <inheritdoc />
    public IReadOnlyList<SiteLocation> Locations { get; } = [Kitchen, TrainingPlatform];
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } = [AqiAmiens];
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures { get; } = [];
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [];
}
