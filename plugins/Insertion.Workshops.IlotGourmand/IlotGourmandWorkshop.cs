using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Workshops.IlotGourmand;

/// <summary>
/// Îlot Gourmand: a production kitchen teaching collective catering (ROME G1603), host of the AQI
/// practical weeks (DOMAIN.md §1). Production is closed to a person until the food hygiene
/// induction is done; the kitchen produces on its service days. Registered with
/// <c>builder.AddWorkshop&lt;IlotGourmandWorkshop&gt;()</c>; options from
/// <c>Insertion:Workshops:ilot-gourmand</c> (<see cref="IlotGourmandOptions"/>).
/// </summary>
public sealed class IlotGourmandWorkshop : IWorkshop, IPluginSetup
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "ilot-gourmand";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Workshops:" + WorkshopId;

    /// <summary>The certification prepared, in detail.</summary>
    public static readonly CertificationDefinition AgentDeRestauration = new()
    {
        Title = "Titre professionnel Agent(e) de restauration",
        Level = 3,
        BlocksAreOfficial = false,
        SkillBlocks =
        [
            new("CCP1", "Cold preparations: hors-d'œuvre and desserts prepared by assembly"),
            new("CCP2", "Simple cooking (grills) and reheating of dishes cooked in advance"),
            new("CCP3", "Serving at the counters of a self-service and cashing meals"),
            new("CCP4", "Dishwashing and cleaning of the premises and equipment"),
        ],
        Source = "Titre professionnel of the ministry of labour, level 3, ROME G1603 (reference TP-00208, arrêté of 11 April 2016). "
            + "DOMAIN.md calls it 'agent de restauration collective'. The block titles describe the CCP generically, after earlier "
            + "versions of the reference: confirm them against the current REAC.",
    };

    private readonly IlotGourmandOptions _options;

    /// <summary>Creates the workshop with its default options.</summary>
    public IlotGourmandWorkshop() : this(Options.Create(new IlotGourmandOptions()))
    {
    }

    /// <summary>Creates the workshop with its options (validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public IlotGourmandWorkshop(IOptions<IlotGourmandOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = PluginOptions.Validated(options.Value);
        ProductionDays = _options.ServiceDays is { } days
            ? [.. days.Order()]
            : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var closed = _options.ClosedMonths ?? [];
        ProductionNeeds = [.. Enumerable.Range(1, 12).Select(m => new MonthlyProductionNeed(m, closed.Contains(m) ? 0 : _options.Capacity))];
        Inductions =
        [
            new WorkshopInduction
            {
                Id = "food-hygiene",
                Title = "Hygiène alimentaire (bonnes pratiques d'hygiène, HACCP)",
                Duration = WorkMinutes.FromHours(_options.FoodHygieneInductionHours),
                Source = "Regulation (EC) No 852/2004, annex II, chapter XII (food handlers are trained in food hygiene). "
                    + "The default length, 14 h, is that of the specific training of the arrêté of 5 October 2011 (commercial catering); a house default.",
            },
        ];
    }

    /// <summary>Registers the options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<IlotGourmandOptions>(ConfigurationSection);

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Îlot Gourmand";
    /// <inheritdoc />
    public string Trade => "Restauration collective (agent de restauration collective)";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["G1603"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel agent de restauration collective";
    /// <inheritdoc />
    public CertificationDefinition CertificationDetails => AgentDeRestauration;
    /// <inheritdoc />
    public int Capacity => _options.Capacity;
    /// <inheritdoc />
    public IReadOnlyList<WorkshopInduction> Inductions { get; }
    /// <inheritdoc />
    public IReadOnlyList<MonthlyProductionNeed> ProductionNeeds { get; }
    /// <summary>The kitchen's service days.</summary>
    public IReadOnlyList<DayOfWeek> ProductionDays { get; }
    /// <inheritdoc />
    public IReadOnlyList<TigTask> TigTasks { get; } =
    [
        new TigTask
        {
            Id = "food-parcels",
            Description = "Sorting and packing food parcels for a partner charity (no cooking).",
            PlacesPerDay = 2,
            SuitableForMinors = true,
        },
        new TigTask
        {
            Id = "kitchen-upkeep",
            Description = "Upkeep of the dining room and storerooms outside service hours.",
            PlacesPerDay = 1,
        },
    ];
}
