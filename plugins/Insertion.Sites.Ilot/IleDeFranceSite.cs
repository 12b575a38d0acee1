using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>
/// What the Île-de-France sites share: the Île-de-France AQI (<see cref="IleDeFranceAqi"/>) in a room of
/// collective workshops and a partner training centre, and the TIG pédagogique of their territory.
/// Options: <c>Insertion:Sites:&lt;id&gt;</c> (<see cref="IleDeFranceSiteOptions"/>).
/// </summary>
public abstract class IleDeFranceSite : ISite
{
    private readonly IlotSiteSettings _settings;

    /// <summary>Creates the site from its identity and its validated options.</summary>
    private protected IleDeFranceSite(string id, string name, string aqiProgrammeId, string soaProgrammeId, TigTerritory territory, IleDeFranceSiteOptions options)
    {
        Id = id;
        Name = name;
        CollectiveWorkshops = new SiteLocation($"{id}-workshops", $"Ateliers collectifs ({name})", 1);
        TrainingCentre = new SiteLocation($"{id}-training-centre", $"Centre de formation partenaire ({name})", 1);
        Locations = [CollectiveWorkshops, TrainingCentre];
        _settings = new IlotSiteSettings(PluginOptions.Validated(options, id), id);
        Programmes = [IleDeFranceAqi.Create(aqiProgrammeId, $"AQI {name} — agent de restauration collective", CollectiveWorkshops, TrainingCentre, options)];
        SoaProgrammes = [_settings.Soa(soaProgrammeId, territory)];
    }

    /// <summary>Reads the named, validated options of a site.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    private protected static IleDeFranceSiteOptions OptionsOf(IOptionsMonitor<IleDeFranceSiteOptions> options, string id) =>
        IlotSiteSettings.Get(options, id);

    /// <summary>Registers a site's options (bound from configuration, validated at start).</summary>
    private protected static void AddOptions(IInsertionBuilder builder, string id) =>
        builder.AddPluginOptions<IleDeFranceSiteOptions>("Insertion:Sites:" + id, id);

    /// <summary>The room of the collective workshops.</summary>
    public SiteLocation CollectiveWorkshops { get; }

    /// <summary>The training centre (theory and exam).</summary>
    public SiteLocation TrainingCentre { get; }

    /// <inheritdoc />
    public string Id { get; }
    /// <inheritdoc />
    public string Name { get; }
    /// <inheritdoc />
    public FrenchRegion Region => _settings.Region;
    /// <inheritdoc />
    public IReadOnlyList<SiteLocation> Locations { get; }
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; }
    /// <inheritdoc />
    public IReadOnlyList<DateRange> Closures => _settings.Closures;
    /// <inheritdoc />
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => _settings.ParameterOverrides;
    /// <inheritdoc />
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; }
}
