using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Insertion.Abstractions;

internal sealed class InsertionBuilder(IServiceCollection services) : IInsertionBuilder
{
    public IServiceCollection Services { get; } = services;

    public IInsertionBuilder AddWorkshop<T>() where T : class, IWorkshop
    {
        Services.TryAddSingleton<T>();
        Services.AddSingleton<IWorkshop>(sp => sp.GetRequiredService<T>());
        return this;
    }

    public IInsertionBuilder AddSite<T>() where T : class, ISite
    {
        Services.TryAddSingleton<T>();
        Services.AddSingleton<ISite>(sp => sp.GetRequiredService<T>());
        return this;
    }
}
