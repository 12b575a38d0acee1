using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Insertion.Abstractions;

internal sealed class InsertionBuilder(IServiceCollection services) : IInsertionBuilder
{
    public IServiceCollection Services { get; } = services;

    public IInsertionBuilder AddWorkshop<T>() where T : class, IWorkshop
    {
        // Adding the same plugin twice registers it once (the registry would refuse a duplicate id).
        if (IsRegistered<T>())
        {
            return this;
        }
        SetUp<T>();
        Services.TryAddSingleton(PluginFactory.Create<T>); // from its own options only
        Services.AddSingleton<IWorkshop>(sp => sp.GetRequiredService<T>());
        return this;
    }

    public IInsertionBuilder AddSite<T>() where T : class, ISite
    {
        if (IsRegistered<T>())
        {
            return this;
        }
        SetUp<T>();
        Services.TryAddSingleton(PluginFactory.Create<T>); // from its own options only
        Services.AddSingleton<ISite>(sp => sp.GetRequiredService<T>());
        return this;
    }

    // Marks a plugin as added (not its own type: a host may have registered that itself).
    private bool IsRegistered<T>()
    {
        if (Services.Any(d => d.ServiceType == typeof(PluginAdded<T>)))
        {
            return true;
        }
        Services.AddSingleton(new PluginAdded<T>());
        return false;
    }

    private sealed class PluginAdded<T>;

    // A plugin implementing IPluginSetup registers its own services (options) before its registration.
    private void SetUp<T>()
    {
        if (!typeof(IPluginSetup).IsAssignableFrom(typeof(T)))
        {
            return;
        }
        typeof(InsertionBuilder).GetMethod(nameof(CallSetUp), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(T))
            .Invoke(null, [this]);
    }

    private static void CallSetUp<T>(IInsertionBuilder builder) where T : IPluginSetup => T.AddServices(builder);
}
