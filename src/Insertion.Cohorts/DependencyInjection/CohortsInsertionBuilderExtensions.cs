using Insertion.Abstractions;
using Insertion.Cohorts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI entry point of the Cohorts module.</summary>
public static class CohortsInsertionBuilderExtensions
{
    /// <summary>
    /// Adds the Cohorts module: <see cref="CohortService"/> (scoped), the daily sweep (scoped: cohorts
    /// start), and the default <see cref="IAlternancePlanner"/> (a singleton; a host may register another
    /// solver before). <see cref="CohortsOptions"/> are bound from the configuration section
    /// <see cref="CohortsOptions.Section"/> when the host has a configuration, then set by
    /// <paramref name="configure"/> (e.g. <c>o => o.JusticeDataPurposes.Add("SPIP report")</c>), and
    /// validated when the host starts (<c>ValidateOnStart</c>; without a host, at the first use).
    /// Calling it again adds the new configuration to the options.
    /// </summary>
    public static IInsertionBuilder AddCohorts(this IInsertionBuilder builder, Action<CohortsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var s = builder.Services;
        var options = s.AddOptions<CohortsOptions>();
        if (!s.Any(d => d.ServiceType == typeof(CohortService)))
        {
            options
                .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(CohortsOptions.Section).Bind(o))
                .ValidateDataAnnotations()
                .ValidateOnStart();
        }
        if (configure is not null)
        {
            options.Configure(configure);
        }
        s.TryAddScoped<CohortService>();
        s.TryAddSingleton<IAlternancePlanner, AlternancePlanner>();
        s.TryAddEnumerable(ServiceDescriptor.Scoped<IDailySweep, CohortSweep>());
        return builder;
    }
}
