using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Workshops.AgrIlot;

/// <summary>
/// Agr'Îlot: market gardening (ROME A1414), with a seasonal workload: production needs vary by
/// month (DOMAIN.md §1). Registered with <c>builder.AddWorkshop&lt;AgrIlotWorkshop&gt;()</c>;
/// options from <c>Insertion:Workshops:agr-ilot</c> (<see cref="AgrIlotOptions"/>).
/// </summary>
public sealed class AgrIlotWorkshop : IWorkshop, IPluginSetup
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "agr-ilot";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Workshops:" + WorkshopId;

    /// <summary>
    /// The default season, as shares of the capacity from January to December: half in winter
    /// (planning, upkeep, winter crops), three quarters in March, October and November (sowing,
    /// planting, last harvests), full from April to September (planting and harvest). A
    /// simulation default for a garden of northern France, not a rule: set
    /// <see cref="AgrIlotOptions.PeopleNeededByMonth"/> to the garden's own plan.
    /// </summary>
    public static IReadOnlyList<decimal> DefaultSeason { get; } =
        [0.5m, 0.5m, 0.75m, 1m, 1m, 1m, 1m, 1m, 1m, 0.75m, 0.75m, 0.5m];

    /// <summary>The certification prepared, in detail (blocks described generically).</summary>
    public static readonly CertificationDefinition MarketGardening = new()
    {
        Title = "Certification agricole de niveau 3 en maraîchage (CAP agricole Métiers de l'agriculture)",
        Level = 3,
        BlocksAreOfficial = false,
        SkillBlocks =
        [
            new("B1", "Market-garden production work: sowing, planting, crop care"),
            new("B2", "Harvest, preparation and packing of produce"),
            new("B3", "Use and everyday upkeep of tools and machines"),
        ],
        Source = "Market gardening is certified by the ministry of agriculture (CAPa, BPA) rather than by a titre professionnel; "
            + "which certificate the workshop prepares, and its blocks, are to confirm: the blocks here are generic.",
    };

    private readonly AgrIlotOptions _options;

    /// <summary>Creates the workshop with its default options.</summary>
    public AgrIlotWorkshop() : this(Options.Create(new AgrIlotOptions()))
    {
    }

    /// <summary>Creates the workshop with its options (validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public AgrIlotWorkshop(IOptions<AgrIlotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = PluginOptions.Validated(options.Value);
        var people = _options.PeopleNeededByMonth
            ?? [.. DefaultSeason.Select(share => (int)Math.Round(share * _options.Capacity, MidpointRounding.AwayFromZero))];
        ProductionNeeds = [.. people.Select((p, i) => new MonthlyProductionNeed(i + 1, p))];
        Inductions =
        [
            new WorkshopInduction
            {
                Id = "garden-safety",
                Title = "Sécurité au jardin (outils, motoculture, manutention, produits)",
                Duration = WorkMinutes.FromHours(_options.SafetyInductionHours),
                Source = "C. trav. L4141-2 (practical safety training at hiring). Length: house default.",
            },
        ];
    }

    /// <summary>Registers the options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<AgrIlotOptions>(ConfigurationSection);

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Agr'Îlot";
    /// <inheritdoc />
    public string Trade => "Maraîchage";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["A1414"];
    /// <inheritdoc />
    public string Certification => "CAP agricole Métiers de l'agriculture (maraîchage)";
    /// <inheritdoc />
    public CertificationDefinition CertificationDetails => MarketGardening;
    /// <summary>People in production at the height of the season.</summary>
    public int Capacity => _options.Capacity;
    /// <inheritdoc />
    public IReadOnlyList<MonthlyProductionNeed> ProductionNeeds { get; }
    /// <inheritdoc />
    public IReadOnlyList<WorkshopInduction> Inductions { get; }
    /// <inheritdoc />
    public IReadOnlyList<TigTask> TigTasks { get; } =
    [
        new TigTask
        {
            Id = "garden-upkeep",
            Description = "Weeding, mulching and upkeep of paths and a shared garden (hand tools only).",
            PlacesPerDay = 3,
            SuitableForMinors = true,
        },
        new TigTask
        {
            Id = "solidarity-baskets",
            Description = "Preparing vegetable baskets for a food bank.",
            PlacesPerDay = 2,
            SuitableForMinors = true,
        },
    ];
}
