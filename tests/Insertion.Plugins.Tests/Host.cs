using Insertion.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Plugins.Tests;

/// <summary>Builds a container the way a host does: AddInsertion, plugins, optional configuration.</summary>
internal static class Host
{
    public static ServiceProvider Build(Action<IInsertionBuilder> configure, params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        if (settings.Length > 0)
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
                .Build();
            services.AddSingleton<IConfiguration>(configuration);
        }
        services.AddInsertion(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>What a generic host runs when it starts: every options registration with ValidateOnStart.</summary>
    public static void ValidateAtStart(IServiceProvider provider) =>
        provider.GetRequiredService<IStartupValidator>().Validate();
}
