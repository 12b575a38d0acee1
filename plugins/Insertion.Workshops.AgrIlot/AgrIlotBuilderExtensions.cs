using Insertion.Abstractions;
using Insertion.Workshops.AgrIlot;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Agr'Îlot workshop.</summary>
public static class AgrIlotBuilderExtensions
{
    /// <summary>
    /// Adds the Agr'Îlot workshop (same as <c>AddWorkshop&lt;AgrIlotWorkshop&gt;()</c>), then lets
    /// <paramref name="configure"/> set options in code, after the configuration section.
    /// </summary>
    public static IInsertionBuilder AddAgrIlot(this IInsertionBuilder builder, Action<AgrIlotOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkshop<AgrIlotWorkshop>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }
        return builder;
    }
}
