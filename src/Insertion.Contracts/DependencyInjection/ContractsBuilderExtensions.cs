using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Contracts module's DI entry point.</summary>
public static class ContractsBuilderExtensions
{
    /// <summary>
    /// Adds CDDI, PASS IAE, worked hours and exits: the dated parameters
    /// (<see cref="ContractParameterSource"/>, <see cref="AidePosteParameters"/>), the scoped
    /// services <see cref="CddiService"/>, <see cref="PassIaeService"/>,
    /// <see cref="WorkedHoursService"/>, <see cref="ExitService"/> and <see cref="EtpReporting"/>, the
    /// CDDI daily sweep, and the CDDI hours as a paid-work source for the TIG weekly cap.
    /// <paramref name="configure"/> sets <see cref="ContractsOptions"/> (validated at start: a site
    /// that is not registered fails). Calling it again only adds another configuration.
    /// </summary>
    public static IInsertionBuilder AddContracts(this IInsertionBuilder builder, Action<ContractsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ContractsOptions>()
            .Configure(configure ?? (static _ => { }))
            .ValidateDataAnnotations()
            .Validate<SiteRegistry>(static (o, sites) => o.Site is null || sites.Find(o.Site) is not null,
                "ContractsOptions.Site names a site that is not registered.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, ContractParameterSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, AidePosteParameters>());
        services.TryAddSingleton(static sp => new ContractsParameterView(
            sp.GetRequiredService<LegalParameters>(), sp.GetRequiredService<SiteRegistry>(), sp.GetRequiredService<IOptions<ContractsOptions>>().Value));
        services.TryAddScoped<PassIaeService>();
        services.TryAddScoped<CddiService>();
        services.TryAddScoped<WorkedHoursService>();
        services.TryAddScoped<ExitService>();
        services.TryAddScoped<EtpReporting>();
        services.TryAddScoped<IPaidHoursTotals, LedgerPaidHoursTotals>();
        services.AddStructureYearReport();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDailySweep, CddiDailySweep>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPaidWorkSource, CddiPaidWorkSource>());
        return builder;
    }
}
