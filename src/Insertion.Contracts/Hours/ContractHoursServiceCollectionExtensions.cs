using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of worked hours, ETP reporting and exits (part of the Contracts module).</summary>
public static class ContractHoursServiceCollectionExtensions
{
    /// <summary>
    /// Adds the aide au poste parameters (<see cref="AidePosteParameters"/>), the worked-hours ledgers
    /// (<see cref="WorkedHours"/>), the ETP report (<see cref="EtpReporting"/>) and the exits
    /// (<see cref="ContractExits"/>). Storage is the <see cref="IRepository{T}"/> of
    /// <c>AddInsertion</c> (in memory unless a persistence adapter replaces it), which must also be called
    /// (it registers the clock and the <see cref="LegalParameters"/> table). Idempotent.
    /// </summary>
    public static IServiceCollection AddContractHours(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, AidePosteParameters>());
        services.TryAddScoped<WorkedHours>();
        services.TryAddScoped<EtpReporting>();
        services.TryAddScoped<ContractExits>();
        return services;
    }
}
