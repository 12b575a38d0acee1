using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The library's DI entry point.</summary>
public static class InsertionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Insertion kernel (clock, legal parameters, person directory, plugin registries,
    /// in-memory repositories) and lets <paramref name="configure"/> add modules and plugins:
    /// <c>services.AddInsertion(b => b.AddContracts().AddWorkshop&lt;IlotGourmandWorkshop&gt;())</c>.
    /// </summary>
    public static IServiceCollection AddInsertion(this IServiceCollection services, Action<IInsertionBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new LegalParameters(sp.GetServices<ILegalParameterSource>()));
        services.TryAddSingleton<IPersonDirectory, PersonDirectory>();
        services.TryAddSingleton<WorkshopRegistry>();
        services.TryAddSingleton<SiteRegistry>();
        services.TryAdd(ServiceDescriptor.Singleton(typeof(IRepository<>), typeof(InMemoryRepository<>)));
        configure?.Invoke(new InsertionBuilder(services));
        return services;
    }
}
