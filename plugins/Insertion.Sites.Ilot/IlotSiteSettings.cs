using System.Globalization;
using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Sites.Ilot;

/// <summary>What every site of the association derives from its options: closures, overrides, SOA programme.</summary>
internal sealed class IlotSiteSettings
{
    public IlotSiteSettings(IlotSiteOptions options, string siteId)
    {
        PluginOptions.Validated(options, siteId);
        Region = options.Region;
        Closures = [.. (options.Closures ?? []).Select(c => new DateRange(c.From, c.To))];
        ParameterOverrides = [.. (options.ParameterOverrides ?? []).Select(o => new SiteParameterOverride(o.Name!, o.Value!, o.Reason!))];
        var share = ParameterOverrides.FirstOrDefault(o =>
            string.Equals(o.Name, IlotSiteOptions.PedagogicalShareMaxParameter, StringComparison.OrdinalIgnoreCase));
        PedagogicalShareMax = share is null ? null : decimal.Parse(share.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public FrenchRegion Region { get; }

    public IReadOnlyList<DateRange> Closures { get; }

    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; }

    public decimal? PedagogicalShareMax { get; }

    /// <summary>The SOA programme of the territory, with the site's share cap when it overrides it.</summary>
    public SoaProgrammeDefinition Soa(string id, TigTerritory territory)
    {
        var soa = new SoaProgrammeDefinition { Id = id, Territory = territory };
        return PedagogicalShareMax is { } max ? soa with { PedagogicalShareMax = max } : soa;
    }

    public static T Get<T>(IOptionsMonitor<T> monitor, string siteId)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return monitor.Get(siteId);
    }
}
