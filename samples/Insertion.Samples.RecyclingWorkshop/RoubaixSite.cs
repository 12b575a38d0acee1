using Insertion.Abstractions;

namespace Insertion.Samples.RecyclingWorkshop;

/// <summary>A site of another organisation, with its own programme, written outside the library.</summary>
public sealed class RoubaixSite : ISite
{
    /// <summary>The workshop room and the shop.</summary>
    public static readonly SiteLocation Shop = new("roubaix-shop", "Atelier et boutique", 2);

    /// <summary>The site's programme: a 6-month reuse worksite on a 4-month CDDI.</summary>
    public static readonly ProgrammeDefinition Reuse = new()
    {
        Id = "reemploi-roubaix",
        Name = "Chantier réemploi",
        LengthMonths = 6,
        CddiMonths = 4,
        CddiTrialMonths = 1,
        Capacity = 8,
        Rotation = [ActivityKind.Production, ActivityKind.CollectiveWorkshop],
        LocationOf = new Dictionary<ActivityKind, string>
        {
            [ActivityKind.Production] = Shop.Id,
            [ActivityKind.CollectiveWorkshop] = Shop.Id,
        },
        WorkshopId = RecyclingWorkshop.WorkshopId,
    };

    /// <inheritdoc />
    public string Id => "roubaix";
    /// <inheritdoc />
    public string Name => "Roubaix";
    /// <inheritdoc />
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    /// <inheritdoc />
    public IReadOnlyList<SiteLocation> Locations { get; } = [Shop];
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } = [Reuse];
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures { get; } = [];
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } =
    [
        new(SampleParameters.PedagogicalShareMax, "0.3", "Shorter SOA sessions: the worksite keeps most hours on tasks."),
    ];
}

/// <summary>Parameter names the sample overrides.</summary>
public static class SampleParameters
{
    /// <summary>The TIG pédagogique share cap (DOMAIN.md §3).</summary>
    public const string PedagogicalShareMax = "TIG.PedagogicalShareMax";
}
