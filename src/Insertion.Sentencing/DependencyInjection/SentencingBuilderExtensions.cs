using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Sentencing module's DI entry point.</summary>
public static class SentencingBuilderExtensions
{
    /// <summary>
    /// Adds the TIG module: its dated parameters (C. pén. 131-8, 131-22, Code pénitentiaire
    /// R. 623-16, C. trav. L3121-18, L3162-1), and, scoped, <see cref="TigService"/>,
    /// <see cref="SoaService"/>, <see cref="TigReportService"/>, the overdue sweep
    /// (<see cref="IDailySweep"/>) and <see cref="DeclaredPaidWork"/> as one <see cref="IPaidWorkSource"/>
    /// (the weekly cap sums every registered source, e.g. the CDDI hours Contracts provides).
    /// <see cref="SentencingOptions"/> are configured by <paramref name="configure"/>, checked with their
    /// data annotations and validated at start. Calling it twice adds the services once (each
    /// <paramref name="configure"/> still applies).
    /// </summary>
    public static IInsertionBuilder AddSentencing(this IInsertionBuilder builder, Action<SentencingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<SentencingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        if (services.Any(d => d.ServiceType == typeof(TigService)))
        {
            return builder;
        }
        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILegalParameterSource, SentencingParameters>());
        services.TryAddScoped<DeclaredPaidWork>();
        services.AddScoped<IPaidWorkSource>(sp => sp.GetRequiredService<DeclaredPaidWork>());
        services.TryAddScoped<TigService>();
        services.TryAddScoped<SoaService>();
        services.TryAddScoped<TigReportService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDailySweep, TigOverdueSweep>());
        return builder;
    }
}
