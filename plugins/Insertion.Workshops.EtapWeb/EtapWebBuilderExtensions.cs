using Insertion.Abstractions;
using Insertion.Workshops.EtapWeb;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Etap'Web workshop.</summary>
public static class EtapWebBuilderExtensions
{
    /// <summary>
    /// Adds the Etap'Web workshop (same as <c>AddWorkshop&lt;EtapWebWorkshop&gt;()</c>), then lets
    /// <paramref name="configure"/> set options in code, after the configuration section.
    /// </summary>
    public static IInsertionBuilder AddEtapWeb(this IInsertionBuilder builder, Action<EtapWebOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkshop<EtapWebWorkshop>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }
        return builder;
    }
}
