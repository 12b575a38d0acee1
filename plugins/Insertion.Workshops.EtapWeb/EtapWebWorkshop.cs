using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Workshops.EtapWeb;

/// <summary>
/// Etap'Web: a digital agency teaching web development (ROME M1805) on client projects; part of
/// the work can run remotely (DOMAIN.md §1). Registered with
/// <c>builder.AddWorkshop&lt;EtapWebWorkshop&gt;()</c>; options from
/// <c>Insertion:Workshops:etap-web</c> (<see cref="EtapWebOptions"/>).
/// </summary>
public sealed class EtapWebWorkshop : IWorkshop, IPluginSetup
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "etap-web";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Workshops:" + WorkshopId;

    /// <summary>The certification prepared, in detail.</summary>
    public static readonly CertificationDefinition WebDeveloper = new()
    {
        Title = "Titre professionnel Développeur web et web mobile",
        Level = 5,
        BlocksAreOfficial = true,
        SkillBlocks =
        [
            new("CCP1", "Développer la partie front-end d'une application web ou web mobile sécurisée"),
            new("CCP2", "Développer la partie back-end d'une application web ou web mobile sécurisée"),
        ],
        Source = "Titre professionnel of the ministry of labour (DWWM), level 5, ROME M1805; CCP titles of the 2023 reference.",
    };

    private readonly EtapWebOptions _options;

    /// <summary>Creates the workshop with its default options.</summary>
    public EtapWebWorkshop() : this(Options.Create(new EtapWebOptions()))
    {
    }

    /// <summary>Creates the workshop with its options (validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public EtapWebWorkshop(IOptions<EtapWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = PluginOptions.Validated(options.Value);
        RemoteWork = new RemoteWorkPolicy(_options.RemoteShareMax,
            ["Development and tests on client projects", "Technology watch and self-training"]);
        Inductions =
        [
            new WorkshopInduction
            {
                Id = "onboarding",
                Title = "Charte informatique, sécurité et confidentialité des données des clients",
                Duration = WorkMinutes.FromHours(_options.OnboardingHours),
                Source = "Regulation (EU) 2016/679 (GDPR) art. 32 (security of processing of the clients' data); house rule.",
            },
        ];
    }

    /// <summary>Registers the options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<EtapWebOptions>(ConfigurationSection);

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Etap'Web";
    /// <inheritdoc />
    public string Trade => "Codeur / développeur web";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["M1805"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel développeur web et web mobile";
    /// <inheritdoc />
    public CertificationDefinition CertificationDetails => WebDeveloper;
    /// <inheritdoc />
    public int Capacity => _options.Capacity;
    /// <inheritdoc />
    public RemoteWorkPolicy RemoteWork { get; }
    /// <inheritdoc />
    public IReadOnlyList<WorkshopInduction> Inductions { get; }
    /// <inheritdoc />
    public IReadOnlyList<TigTask> TigTasks { get; } =
    [
        new TigTask
        {
            Id = "computer-refurbishing",
            Description = "Refurbishing donated computers for charities (cleaning, reinstalling, testing).",
            PlacesPerDay = 2,
            SuitableForMinors = true,
        },
        new TigTask
        {
            Id = "charity-website",
            Description = "Updating the content of a partner charity's website, on site.",
            PlacesPerDay = 1,
            SuitableForMinors = true,
        },
    ];
}
