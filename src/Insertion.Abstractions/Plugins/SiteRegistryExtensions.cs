namespace Insertion.Abstractions;

/// <summary>TIG pédagogique (SOA) programmes and parameter overrides of the registered sites.</summary>
public static class SiteRegistryExtensions
{
    /// <summary>The SOA programme with that id, or null.</summary>
    public static SoaProgrammeDefinition? FindSoaProgramme(this SiteRegistry registry, string id)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.All.SelectMany(s => s.SoaProgrammes)
            .FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The SOA programme with that id.</summary>
    /// <exception cref="UnknownPluginException">No registered site runs a SOA programme with that id.</exception>
    public static SoaProgrammeDefinition GetSoaProgramme(this SiteRegistry registry, string id) =>
        registry.FindSoaProgramme(id)
        ?? throw new UnknownPluginException("SOA programme", id, registry.All.SelectMany(s => s.SoaProgrammes).Select(p => p.Id));

    /// <summary>The SOA programmes run on a TIG pédagogique territory, by any registered site.</summary>
    public static IReadOnlyList<SoaProgrammeDefinition> SoaProgrammesOn(this SiteRegistry registry, TigTerritory territory)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.All.SelectMany(s => s.SoaProgrammes).Where(p => p.Territory == territory)];
    }

    /// <summary>Every parameter override of every registered site, with its site, for reports.</summary>
    public static IReadOnlyList<(ISite Site, SiteParameterOverride Override)> ParameterOverrides(this SiteRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.All.SelectMany(s => s.ParameterOverrides.Select(o => (s, o)))];
    }
}
