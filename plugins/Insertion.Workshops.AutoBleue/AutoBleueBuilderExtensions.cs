using Insertion.Abstractions;
using Insertion.Workshops.AutoBleue;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Auto Bleue workshop.</summary>
public static class AutoBleueBuilderExtensions
{
    /// <summary>
    /// Adds the Auto Bleue workshop (same as <c>AddWorkshop&lt;AutoBleueWorkshop&gt;()</c>), then lets
    /// <paramref name="configure"/> set options in code, after the configuration section.
    /// </summary>
    public static IInsertionBuilder AddAutoBleue(this IInsertionBuilder builder, Action<AutoBleueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkshop<AutoBleueWorkshop>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }
        return builder;
    }
}
