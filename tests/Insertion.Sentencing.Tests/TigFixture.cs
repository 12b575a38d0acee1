using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Sentencing.Tests;

/// <summary>
/// A container as a host builds it (ValidateScopes, ValidateOnBuild) with the Sentencing module, a
/// fake clock and a site running an SOA programme. Each service property resolves from a new scope
/// (as a host's request would); a given store shares "the database" between fixtures.
/// </summary>
internal sealed class TigFixture : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IServiceScope> _scopes = [];

    public TigFixture(DateOnly? today = null, Action<IServiceCollection>? configure = null, InMemoryStore? store = null, Action<IInsertionBuilder>? builder = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset((today ?? new DateOnly(2026, 1, 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        if (store is not null)
        {
            services.AddSingleton(store);
        }
        configure?.Invoke(services);
        services.AddInsertion(b =>
        {
            b.AddSentencing().AddSite<SoaTestSite>();
            builder?.Invoke(b);
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public TigService Tig => Scoped<TigService>();

    public SoaService Soa => Scoped<SoaService>();

    public TigReportService Reports => Scoped<TigReportService>();

    public DeclaredPaidWork PaidWork => Scoped<DeclaredPaidWork>();

    public LegalParameters Parameters => _provider.GetRequiredService<LegalParameters>();

    public IServiceProvider Root => _provider;

    /// <summary>A service from a new scope (disposed with the fixture).</summary>
    public T Scoped<T>() where T : notnull
    {
        var scope = _provider.CreateScope();
        lock (_scopes)
        {
            _scopes.Add(scope);
        }
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public void Today(DateOnly day) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public async Task<PersonId> PersonAsync(string id, DateOnly birth)
    {
        var person = new PersonId(id);
        await Scoped<IPersonDirectory>().RegisterAsync(new PersonProfile(person, birth, Sex.X));
        return person;
    }

    public Task<TigMeasure> SentenceAsync(string measure, PersonId person, int hours, DateOnly from, int months = 12, string? programme = null, TigTerritory? territory = null, string? site = null) =>
        Tig.SentenceAsync(new TigSentence
        {
            Measure = new MeasureId(measure),
            Person = person,
            Hours = WorkMinutes.FromHours(hours),
            From = from,
            Months = months,
            SoaProgramme = programme,
            Territory = territory,
            Site = site,
        });

    public Task<TigLogResult> LogAsync(TigMeasure m, DateOnly on, decimal hours, string key, TigEntryKind kind = TigEntryKind.Task) =>
        Tig.LogAsync(m.Id, on, WorkMinutes.FromHours(hours), kind, key, "test");

    /// <summary>The measure as stored now.</summary>
    public Task<TigMeasure> ReloadAsync(TigMeasure m) => Tig.GetAsync(m.Id);

    public Task SweepAsync(DateOnly today) => _provider.GetRequiredService<DailySweeps>().RunAsync(today);

    public void Dispose()
    {
        foreach (var s in _scopes)
        {
            s.Dispose();
        }
        _provider.Dispose();
    }
}

/// <summary>A site running one SOA programme in the Somme (share cap 40 %, sessions of 3 people).</summary>
internal sealed class SoaTestSite : ISite
{
    public const string ProgrammeId = "soa-somme";

    public string Id => "test-site";
    public string Name => "Test site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations => [];
    public IReadOnlyList<ProgrammeDefinition> Programmes => [];
    public IReadOnlyList<DateRange> Closures => [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => [];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
    [
        new SoaProgrammeDefinition { Id = ProgrammeId, Territory = TigTerritory.Somme, SessionCapacity = 3, PedagogicalShareMax = 0.4m },
    ];
}

/// <summary>A site like Amiens that sets its own TIG daily maximum (6 h) and runs an SOA programme in the Var.</summary>
internal sealed class SixHourSite : ISite
{
    public const string SiteId = "six-hour-site";
    public const string ProgrammeId = "soa-var-6h";

    public string Id => SiteId;
    public string Name => "Six-hour site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations => [];
    public IReadOnlyList<ProgrammeDefinition> Programmes => [];
    public IReadOnlyList<DateRange> Closures => [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [new("TIG.DailyMaxHours", "6", "host structure's working day")];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
    [
        new SoaProgrammeDefinition { Id = ProgrammeId, Territory = TigTerritory.Var },
    ];
}

/// <summary>A paid work source standing for Contracts' CDDI hours (35 h every week).</summary>
internal sealed class FullTimeCddiSource(PersonId person) : IPaidWorkSource
{
    public Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId p, DateOnly on, CancellationToken ct) =>
        Task.FromResult(p == person ? WorkMinutes.FromHours(35) : WorkMinutes.Zero);
}
