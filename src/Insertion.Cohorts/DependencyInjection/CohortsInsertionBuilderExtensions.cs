using Insertion.Abstractions;
using Insertion.Cohorts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI entry point of the Cohorts module.</summary>
public static class CohortsInsertionBuilderExtensions
{
    /// <summary>
    /// Adds the Cohorts module: <see cref="CohortService"/>, its event log, the daily sweep (cohorts
    /// start), and the default <see cref="IAlternancePlanner"/> (a host may register another solver
    /// before). <paramref name="configure"/> sets options, e.g. a justice-data grant for a purpose.
    /// </summary>
    public static IInsertionBuilder AddCohorts(this IInsertionBuilder builder, Action<CohortsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var s = builder.Services;
        var options = s.FirstOrDefault(d => d.ServiceType == typeof(CohortsOptions))?.ImplementationInstance as CohortsOptions;
        if (options is null)
        {
            options = new CohortsOptions();
            s.AddSingleton(options);
        }
        configure?.Invoke(options);
        s.TryAddSingleton<CohortEventLog>();
        s.TryAddSingleton<CohortService>();
        s.TryAddSingleton<IAlternancePlanner, AlternancePlanner>();
        s.TryAddEnumerable(ServiceDescriptor.Singleton<IDailySweep, CohortSweep>());
        return builder;
    }
}
