using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Workshops.AutoBleue;

/// <summary>
/// Auto Bleue: a garage teaching car mechanics (ROME I1604) and bodywork (ROME I1606). Workshop
/// safety rules apply: production is closed to a person until the safety induction is done; the
/// lifts and booths are of limited capacity and bound the number of people at work
/// (DOMAIN.md §1). Registered with <c>builder.AddWorkshop&lt;AutoBleueWorkshop&gt;()</c>; options
/// from <c>Insertion:Workshops:auto-bleue</c> (<see cref="AutoBleueOptions"/>).
/// </summary>
public sealed class AutoBleueWorkshop : IWorkshop, IPluginSetup
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "auto-bleue";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Workshops:" + WorkshopId;

    /// <summary>The certification prepared, in detail (blocks described generically).</summary>
    public static readonly CertificationDefinition Mechanic = new()
    {
        Title = "Titre professionnel mécanicien automobile",
        Level = 3,
        BlocksAreOfficial = false,
        SkillBlocks =
        [
            new("CCP1", "Periodic maintenance of a light vehicle (servicing, fluids, tyres)"),
            new("CCP2", "Replacing wear parts (brakes, suspension and steering, timing)"),
            new("CCP3", "Simple diagnosis and repair of vehicle systems"),
        ],
        Source = "Title as the association states it; the exact titre professionnel (mechanics, and bodywork for ROME I1606), "
            + "its level and CCP titles are to confirm in the RNCP: the blocks here describe the trade generically.",
    };

    private readonly AutoBleueOptions _options;

    /// <summary>Creates the workshop with its default options.</summary>
    public AutoBleueWorkshop() : this(Options.Create(new AutoBleueOptions()))
    {
    }

    /// <summary>Creates the workshop with its options (validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public AutoBleueWorkshop(IOptions<AutoBleueOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = PluginOptions.Validated(options.Value);
        Lifts = new WorkshopResource("lift", "Pont élévateur", _options.Lifts, _options.PeoplePerLift);
        Resources = _options.PaintBooths > 0
            ? [Lifts, new WorkshopResource("paint-booth", "Cabine de peinture", _options.PaintBooths, 1)]
            : [Lifts];
        Inductions =
        [
            new WorkshopInduction
            {
                Id = "workshop-safety",
                Title = "Sécurité à l'atelier (ponts élévateurs, outillage, produits, équipements de protection)",
                Duration = WorkMinutes.FromHours(_options.SafetyInductionHours),
                Source = "C. trav. L4141-2 (practical safety training at hiring); for TIG, C. pén. 131-23 (health and safety rules apply). Length: house default.",
            },
        ];
    }

    /// <summary>Registers the options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<AutoBleueOptions>(ConfigurationSection);

    /// <summary>The lifts: the resource that bounds the capacity.</summary>
    public WorkshopResource Lifts { get; }

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Auto Bleue";
    /// <inheritdoc />
    public string Trade => "Mécanique automobile, carrosserie";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["I1604", "I1606"];
    /// <inheritdoc />
    public string Certification => Mechanic.Title;
    /// <inheritdoc />
    public CertificationDefinition CertificationDetails => Mechanic;
    /// <summary>People at work at once: what the lifts take.</summary>
    public int Capacity => Lifts.PeopleAtOnce;
    /// <inheritdoc />
    public IReadOnlyList<WorkshopResource> Resources { get; }
    /// <inheritdoc />
    public IReadOnlyList<WorkshopInduction> Inductions { get; }
    /// <inheritdoc />
    public IReadOnlyList<TigTask> TigTasks { get; } =
    [
        new TigTask
        {
            Id = "workshop-upkeep",
            Description = "Cleaning and tidying the workshop and the tool store (no work on lifts or with power tools).",
            PlacesPerDay = 1,
        },
        new TigTask
        {
            Id = "bicycle-repair",
            Description = "Repairing donated bicycles for a partner charity, under supervision.",
            PlacesPerDay = 2,
            SuitableForMinors = true,
        },
    ];
}
