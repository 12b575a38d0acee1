namespace Insertion.Abstractions;

/// <summary>
/// A site plugin: one place of an organisation (Amiens, Paris, …) with its calendar, locations,
/// programmes and parameter overrides. Registered with <c>builder.AddSite&lt;T&gt;()</c>.
/// </summary>
public interface ISite
{
    /// <summary>Stable id (e.g. <c>amiens</c>).</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string Name { get; }

    /// <summary>Region, for public holidays.</summary>
    FrenchRegion Region { get; }

    /// <summary>Places where activities happen.</summary>
    IReadOnlyList<SiteLocation> Locations { get; }

    /// <summary>Programmes the site offers.</summary>
    IReadOnlyList<ProgrammeDefinition> Programmes { get; }

    /// <summary>Site closures (e.g. the summer closure), added to public holidays.</summary>
    IReadOnlyList<DateRange> Closures { get; }

    /// <summary>Parameters the site sets for itself, listed in reports.</summary>
    IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; }

    /// <summary>TIG pédagogique programmes the site runs (none by default).</summary>
    IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes => [];

    /// <summary>The TIG pédagogique territories the site covers (those of its <see cref="SoaProgrammes"/>).</summary>
    IReadOnlyList<TigTerritory> TigTerritories => [.. SoaProgrammes.Select(p => p.Territory).Distinct()];
}
