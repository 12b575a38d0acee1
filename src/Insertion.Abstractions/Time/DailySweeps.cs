using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Abstractions;

/// <summary>Runs every module's <see cref="IDailySweep"/> for a day, in a scope of its own.</summary>
public sealed class DailySweeps(IServiceScopeFactory scopes)
{
    /// <summary>Runs every registered sweep for <paramref name="today"/>, in the order registered.</summary>
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var sweep in scope.ServiceProvider.GetServices<IDailySweep>())
            {
                await sweep.RunAsync(today, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
