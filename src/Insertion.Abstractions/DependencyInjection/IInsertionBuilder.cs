namespace Insertion.Abstractions;

/// <summary>Configures the library in a host: modules and plugins add themselves here.</summary>
public interface IInsertionBuilder
{
    /// <summary>The host's services.</summary>
    Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }

    /// <summary>Registers a workshop plugin (a singleton, also resolvable as <see cref="IWorkshop"/>).</summary>
    IInsertionBuilder AddWorkshop<T>() where T : class, IWorkshop;

    /// <summary>Registers a site plugin (a singleton, also resolvable as <see cref="ISite"/>).</summary>
    IInsertionBuilder AddSite<T>() where T : class, ISite;
}
