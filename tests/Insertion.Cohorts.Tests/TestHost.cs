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
        [
            TestPrograms.Aqi,
            TestPrograms.Aqi with { Id = "aqi-blocks", CertificationBlocks = ["ccp1", "ccp2"], Mixity = new MixityTarget { MinWomenShare = 0.5m, MinUnderJusticeShare = 0.2m } },
            // A short programme with a short entry window, and one whose window outlasts the cohort (enrolment rules' edges).
            TestPrograms.Aqi with { Id = "aqi-short", LengthMonths = 1, EntryWindowDays = 3, Capacity = 2 },
            TestPrograms.Aqi with { Id = "aqi-open-late", LengthMonths = 1, EntryWindowDays = 400 },
            // Every mixity indicator targeted (MixityReport).
            TestPrograms.Aqi with
            {
                Id = "aqi-mixity",
                Mixity = new MixityTarget { MinWomenShare = 0.5m, MinMenShare = 0.25m, MinUnderJusticeShare = 0.25m, MinUnder26Share = 0.5m, Min50AndOverShare = 0.25m },
            },
        ];
    public IReadOnlyList<DateRange> Closures { get; } = [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [];
}

/// <summary>A second site, to tell the cohorts of one site from another's.</summary>
internal sealed class OtherSite : ISite
{
    public string Id => "other-site";
    public string Name => "Other site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations { get; } = [new("kitchen", "Kitchen", 1)];
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } = [TestPrograms.Aqi with { Id = "aqi-other", EntryWindowDays = 10, Capacity = 4 }];
    public IReadOnlyList<DateRange> Closures { get; } = [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [];
}

/// <summary>
/// A host as a host application builds it: the Cohorts module and the test site, scopes and
/// registrations validated (<c>ValidateScopes</c>, <c>ValidateOnBuild</c>). Each use of
/// <see cref="Cohorts"/> resolves the service in a new scope (a request of a web host); a second host
/// given the same <see cref="InMemoryStore"/> is a second process over the same database.
/// </summary>
internal sealed class TestHost : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IServiceScope> _scopes = [];
    private readonly Lock _gate = new();

    public TestHost(Action<CohortsOptions>? configure = null, InMemoryStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)));
        if (store is not null)
        {
            services.AddSingleton(store);
        }
        services.AddInsertion(b => b.AddSite<TestSite>().AddSite<OtherSite>().AddCohorts(configure));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Store = _provider.GetRequiredService<InMemoryStore>();
    }

    /// <summary>The host's store ("the database").</summary>
    public InMemoryStore Store { get; }

    /// <summary>The service, in a new scope.</summary>
    public CohortService Cohorts => Scope().GetRequiredService<CohortService>();

    /// <summary>The person directory, in a new scope.</summary>
    public IPersonDirectory People => Scope().GetRequiredService<IPersonDirectory>();

    public IServiceProvider Services => _provider;

    public async Task<PersonId> PersonAsync(string id, Sex sex = Sex.M, int birthYear = 1990)
    {
        var p = new PersonId(id);
        await People.RegisterAsync(new PersonProfile(p, new DateOnly(birthYear, 1, 1), sex));
        return p;
    }

    public IServiceProvider Scope()
    {
        var scope = _provider.CreateScope();
        lock (_gate)
        {
            _scopes.Add(scope);
        }
        return scope.ServiceProvider;
    }

    public void Dispose()
    {
        foreach (var s in _scopes)
        {
            s.Dispose();
        }
        _provider.Dispose();
    }
}
