using Insertion.Abstractions;
using Insertion.Workshops.IlotGourmand;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Îlot Gourmand workshop.</summary>
public static class IlotGourmandBuilderExtensions
{
    /// <summary>
    /// Adds the Îlot Gourmand workshop (same as <c>AddWorkshop&lt;IlotGourmandWorkshop&gt;()</c>),
    /// then lets <paramref name="configure"/> set options in code, after the configuration section.
    /// </summary>
    public static IInsertionBuilder AddIlotGourmand(this IInsertionBuilder builder, Action<IlotGourmandOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkshop<IlotGourmandWorkshop>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }
        return builder;
    }
}
