using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Contracts.Tests;

/// <summary>A workshop registered by the tests (the hire checks the workshop is registered).</summary>
internal abstract class TestWorkshop(string id) : IWorkshop
{
    public string Id => id;
    public string DisplayName => id;
    public string Trade => "test";
    public IReadOnlyList<string> RomeCodes => [];
    public string Certification => "none";
    public int Capacity => 12;
}

internal sealed class TestKitchen() : TestWorkshop("ilot-gourmand");

internal sealed class TestGarage() : TestWorkshop("auto-bleue");

/// <summary>
/// A host as the conventions say: AddInsertion + AddContracts over a container built with
/// ValidateScopes and ValidateOnBuild, commands run in a scope. Two hosts given the same
/// <see cref="InMemoryStore"/> are two processes over one database.
/// </summary>
internal sealed class TestHost : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    public TestHost(InMemoryStore? store = null, DateOnly? today = null, Action<IInsertionBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        if (store is not null)
        {
            services.AddSingleton(store);
        }
        if (today is { } t)
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(t.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        }
        services.AddInsertion(b =>
        {
            b.AddWorkshop<TestKitchen>().AddWorkshop<TestGarage>();
            b.AddContracts();
            configure?.Invoke(b);
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _provider.CreateScope();
    }

    public IServiceProvider Root => _provider;

    /// <summary>A service of the host's current scope.</summary>
    public T GetRequiredService<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Runs <paramref name="work"/> with a service of a new scope (a request of its own).</summary>
    public async Task<TResult> InScopeAsync<T, TResult>(Func<T, Task<TResult>> work) where T : notnull
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>Registers a person, issues a PASS from <paramref name="start"/> and hires on a CDDI.</summary>
    public async Task<CddiContract> HireAsync(string contract, string person, string start, int months = 4, int? trialDays = null)
    {
        var people = GetRequiredService<IPersonDirectory>();
        if (await people.FindAsync(new PersonId(person)) is null)
        {
            await people.RegisterAsync(Fixtures.Person(person));
            await GetRequiredService<PassIaeService>().IssueAsync(new PassId("a-" + person), new PersonId(person), Fixtures.D(start));
        }
        return await GetRequiredService<CddiService>().HireAsync(Fixtures.Request(start, months, trialDays: trialDays, id: contract, person: person));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
