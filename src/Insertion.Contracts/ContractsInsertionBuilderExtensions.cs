using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Contracts module's DI entry point.</summary>
public static class ContractsInsertionBuilderExtensions
{
    /// <summary>
    /// Adds CDDI and PASS IAE: the dated parameters (<see cref="ContractParameterSource"/>), the
    /// <see cref="CddiService"/> and <see cref="PassIaeService"/>, the CDDI daily sweep, and the CDDI
    /// hours as a paid-work source for the TIG weekly cap; worked hours, the ETP report and exits
    /// (<see cref="WorkedHours"/>, <see cref="EtpReporting"/>, <see cref="ContractExits"/>).
    /// </summary>
    public static IInsertionBuilder AddContracts(this IInsertionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, ContractParameterSource>());
        services.TryAddScoped<PassIaeService>();
        services.TryAddScoped<CddiService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDailySweep, CddiDailySweep>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPaidWorkSource, CddiPaidWorkSource>());
        services.AddContractHours();
        return builder;
    }
}
