using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Cohorts.Tests;

internal sealed class TestSite : ISite
{
    public string Id => "test-site";
    public string Name => "Test site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations { get; } = [new("kitchen", "Kitchen", 1), new("afec", "AFEC", 1)];
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } =
        [TestPrograms.Aqi, TestPrograms.Aqi with { Id = "aqi-blocks", CertificationBlocks = ["ccp1", "ccp2"], Mixity = new MixityTarget { MinWomenShare = 0.5m, MinUnderJusticeShare = 0.2m } }];
    public IReadOnlyList<DateRange> Closures { get; } = [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [];
}

/// <summary>A host with the Cohorts module, the test site and a few people.</summary>
internal sealed class TestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestHost(Action<CohortsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddInsertion(b => b.AddSite<TestSite>().AddCohorts(configure));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        People = _provider.GetRequiredService<IPersonDirectory>();
        Cohorts = _provider.GetRequiredService<CohortService>();
    }

    public IPersonDirectory People { get; }
    public CohortService Cohorts { get; }
    public IServiceProvider Services => _provider;

    public PersonId Person(string id, Sex sex = Sex.M, int birthYear = 1990)
    {
        var p = new PersonId(id);
        People.RegisterAsync(new PersonProfile(p, new DateOnly(birthYear, 1, 1), sex)).GetAwaiter().GetResult();
        return p;
    }

    public void Dispose() => _provider.Dispose();
}
