using System.Diagnostics.CodeAnalysis;
using Insertion.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Options of plugins: bound from configuration when the host has one, validated at start.</summary>
public static class PluginOptionsExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TOptions"/> (named <paramref name="name"/>, or the default
    /// options when null): bound from the configuration section <paramref name="section"/> when an
    /// <see cref="IConfiguration"/> is registered, checked with its data annotations (and
    /// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>), and validated at start
    /// (<c>ValidateOnStart</c>: a host fails to start on bad configuration; without a host, the first
    /// resolution of the plugin fails with <see cref="OptionsValidationException"/>).
    /// </summary>
    /// <param name="builder">The Insertion builder.</param>
    /// <param name="section">Configuration section, e.g. <c>Insertion:Workshops:ilot-gourmand</c>.</param>
    /// <param name="name">Name of the options, or null for the default options.</param>
    public static OptionsBuilder<TOptions> AddPluginOptions<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TOptions>(
        this IInsertionBuilder builder, string section, string? name = null)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        return builder.Services.AddOptions<TOptions>(name ?? Options.Options.DefaultName)
            .Configure<IServiceProvider>((options, services) =>
                services.GetService<IConfiguration>()?.GetSection(section).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
