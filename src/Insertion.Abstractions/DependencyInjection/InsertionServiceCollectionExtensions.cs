using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The library's DI entry point.</summary>
public static class InsertionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Insertion kernel and lets <paramref name="configure"/> add modules and plugins:
    /// <c>services.AddInsertion(b => b.AddContracts().AddWorkshop&lt;IlotGourmandWorkshop&gt;())</c>.
    /// Singletons: the clock (<see cref="TimeProvider.System"/> unless the host registered one), the
    /// frozen legal parameters (the baseline with the host's overrides as a view), the plugin
    /// registries, the in-memory store. Scoped: the repositories (<see cref="IRepository{T}"/>, in
    /// memory unless a persistence adapter replaces them), the unit of work, the person directory and
    /// every module service, so a host may give them scoped, database-backed repositories.
    /// </summary>
    public static IServiceCollection AddInsertion(this IServiceCollection services, Action<IInsertionBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var view = new LegalParameters(sp.GetServices<ILegalParameterSource>());
            foreach (var o in sp.GetServices<HostParameterOverride>())
            {
                if (!view.TryWith(o.Name, o.Value, o.By, out view, out var error))
                {
                    throw new ParameterOverrideException(o.Name, error);
                }
            }
            return view;
        });
        services.TryAddScoped<IPersonDirectory, PersonDirectory>();
        services.TryAddSingleton<WorkshopRegistry>();
        services.TryAddSingleton<SiteRegistry>();
        services.TryAddSingleton<InMemoryStore>();
        services.TryAddScoped<InMemoryUnitOfWork>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<InMemoryUnitOfWork>());
        services.TryAdd(ServiceDescriptor.Scoped(typeof(IRepository<>), typeof(InMemoryRepository<>)));
        services.TryAddSingleton<DailySweeps>();
        configure?.Invoke(new InsertionBuilder(services));
        return services;
    }

    /// <summary>
    /// Overrides a parameter for all the host's activity: the <see cref="LegalParameters"/> handed out
    /// is a view of the frozen baseline where <paramref name="name"/> is <paramref name="value"/>,
    /// listed in reports with <paramref name="by"/>. A bad name or value fails at the first resolution
    /// with <see cref="ParameterOverrideException"/>.
    /// </summary>
    public static IInsertionBuilder OverrideParameter(this IInsertionBuilder builder, string name, string value, string by)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new HostParameterOverride(name, value, by));
        return builder;
    }

    /// <summary>
    /// Adds the hosted daily sweep: at start and just after each midnight of the host's
    /// <see cref="TimeProvider"/>, every module's sweep runs for the day (trials ending, terms
    /// reached, TIG measures overdue). Needs a generic host (<c>IHost</c>) to run hosted services.
    /// </summary>
    public static IInsertionBuilder AddDailySweep(this IInsertionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<DailySweepService>();
        return builder;
    }
}
