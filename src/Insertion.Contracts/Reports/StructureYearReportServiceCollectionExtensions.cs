using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of the structure's year report (part of the Contracts module).</summary>
public static class StructureYearReportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the weekly-limit parameters (<see cref="WeeklyLimitParameters"/>) and the
    /// <see cref="StructureYearReportService"/> (scoped). Called by <c>AddContracts</c>; idempotent.
    /// </summary>
    public static IServiceCollection AddStructureYearReport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, WeeklyLimitParameters>());
        services.TryAddScoped<StructureYearReportService>();
        return services;
    }
}
