using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// The Var, a TIG pédagogique territory of the 2022 national call for projects where DOMAIN.md
/// lists no site of the association. It is represented as a site without locations or AQI
/// programmes that only runs the territory's SOA programme (<c>soa-var</c>), so the programme is
/// found by id like the others and the territory's parameter overrides are listed like a site's.
/// A host registers it only if it runs the Var programme: <c>builder.AddSite&lt;VarTerritorySite&gt;()</c>.
/// Options: <c>Insertion:Sites:var</c> (<see cref="IlotSiteOptions"/>).
/// </summary>
public sealed class VarTerritorySite : ISite, IPluginSetup
{
    /// <summary>The territory's id.</summary>
    public const string SiteId = "var";

    /// <summary>The configuration section of its options.</summary>
    public const string ConfigurationSection = "Insertion:Sites:" + SiteId;

    /// <summary>The id of its TIG pédagogique programme.</summary>
    public const string SoaProgrammeId = "soa-var";

    private readonly IlotSiteSettings _settings;

    /// <summary>Creates the territory with its default options.</summary>
    public VarTerritorySite() : this(new IlotSiteOptions())
    {
    }

    /// <summary>Creates the territory with its options (named <c>var</c>, validated).</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public VarTerritorySite(IOptionsMonitor<IlotSiteOptions> options) : this(IlotSiteSettings.Get(options, SiteId))
    {
    }

    private VarTerritorySite(IlotSiteOptions options)
    {
        _settings = new IlotSiteSettings(options, SiteId);
        SoaProgrammes = [_settings.Soa(SoaProgrammeId, TigTerritory.Var)];
    }

    /// <summary>Registers the territory's options (bound from configuration, validated at start).</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<IlotSiteOptions>(ConfigurationSection, SiteId);

    /// <inheritdoc />
    public string Id => SiteId;
    /// <inheritdoc />
    public string Name => "Var (territoire TIG pédagogique, sans site de l'association)";
    /// <inheritdoc />
    public FrenchRegion Region => _settings.Region;
    /// <summary>None: the association has no site in the Var.</summary>
    public IReadOnlyList<SiteLocation> Locations { get; } = [];
    /// <summary>None: no AQI in the Var.</summary>
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } = [];
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures => _settings.Closures;
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => _settings.ParameterOverrides;
    /// <inheritdoc />
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; }
}
