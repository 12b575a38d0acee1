using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Abstractions;

/// <summary>
/// Builds a workshop or site plugin from its own options only (<see cref="IOptions{TOptions}"/> or
/// <see cref="IOptionsMonitor{TOptions}"/>), never from the host's container at large: a plugin cannot
/// ask DI for a module service, a repository or the person directory. Plugins are code the host chose
/// to load and run in its process (trusted, not sandboxed); this keeps their contract to the data the
/// library hands them (DOMAIN.md §5).
/// </summary>
internal static class PluginFactory
{
    public static T Create<T>(IServiceProvider services) where T : class
    {
        var constructors = typeof(T).GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var built = constructors
            .Where(c => c.GetParameters().All(p => IsOptions(p.ParameterType)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"The plugin {typeof(T).Name} must be built from its own options (IOptions<T> or IOptionsMonitor<T>), but its public constructors ask for "
                + string.Join("; ", constructors.Select(c => "(" + string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name)) + ")"))
                + ". A plugin cannot take services from the host's container.");
        return (T)built.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, [.. built.GetParameters().Select(p => services.GetRequiredService(p.ParameterType))], culture: null);
    }

    private static bool IsOptions(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IOptions<>) || type.GetGenericTypeDefinition() == typeof(IOptionsMonitor<>));
}
