using Insertion.Abstractions;
using Insertion.Sites.Ilot;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the association's sites.</summary>
public static class IlotSitesBuilderExtensions
{
    /// <summary>
    /// Adds Amiens, Paris and Aubervilliers, and the Var TIG pédagogique territory: the four
    /// territories of the 2022 call for projects (Somme, Paris, Seine-Saint-Denis, Var).
    /// </summary>
    public static IInsertionBuilder AddIlotSites(this IInsertionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSite<AmiensSite>()
            .AddSite<ParisSite>()
            .AddSite<AubervilliersSite>()
            .AddSite<VarTerritorySite>();
    }
}
