using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Sentencing module's DI entry point.</summary>
public static class SentencingBuilderExtensions
{
    /// <summary>
    /// Adds the TIG module: its dated parameters (C. pén. 131-8, 131-22, Code pénitentiaire
    /// R. 623-16, C. trav. L3121-18, L3162-1), <see cref="TigService"/>, <see cref="SoaSessions"/>,
    /// <see cref="TigReports"/>, the overdue sweep (<see cref="IDailySweep"/>) and
    /// <see cref="DeclaredPaidWork"/> as one <see cref="IPaidWorkSource"/> (the weekly cap sums every
    /// registered source, e.g. the CDDI hours Contracts provides). Calling it twice adds nothing.
    /// </summary>
    public static IInsertionBuilder AddSentencing(this IInsertionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(TigService)))
        {
            return builder;
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, SentencingParameters>());
        services.TryAddSingleton<DeclaredPaidWork>();
        services.AddSingleton<IPaidWorkSource>(sp => sp.GetRequiredService<DeclaredPaidWork>());
        services.TryAddSingleton<TigService>();
        services.TryAddSingleton<SoaSessions>();
        services.TryAddSingleton<TigReports>();
        services.AddSingleton<IDailySweep, TigOverdueSweep>();
        return builder;
    }
}
