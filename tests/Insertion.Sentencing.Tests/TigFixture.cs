using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Sentencing.Tests;

/// <summary>A fresh container with the Sentencing module, a fake clock and a site running an SOA programme.</summary>
internal sealed class TigFixture : IDisposable
{
    private readonly ServiceProvider _provider;

    public TigFixture(DateOnly? today = null, Action<IServiceCollection>? configure = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset((today ?? new DateOnly(2026, 1, 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        services.AddInsertion(b => b.AddSentencing().AddSite<SoaTestSite>());
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public TigService Tig => _provider.GetRequiredService<TigService>();

    public SoaSessions Soa => _provider.GetRequiredService<SoaSessions>();

    public TigReports Reports => _provider.GetRequiredService<TigReports>();

    public DeclaredPaidWork PaidWork => _provider.GetRequiredService<DeclaredPaidWork>();

    public LegalParameters Parameters => _provider.GetRequiredService<LegalParameters>();

    public IServiceProvider Services => _provider;

    public void Today(DateOnly day) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public PersonId Person(string id, DateOnly birth)
    {
        var person = new PersonId(id);
        _provider.GetRequiredService<IPersonDirectory>().RegisterAsync(new PersonProfile(person, birth, Sex.X)).GetAwaiter().GetResult();
        return person;
    }

    public TigMeasure Sentence(string measure, PersonId person, int hours, DateOnly from, int months = 12, string? programme = null, TigTerritory? territory = null) =>
        Tig.Sentence(new TigSentence
        {
            Measure = new MeasureId(measure),
            Person = person,
            Hours = WorkMinutes.FromHours(hours),
            From = from,
            Months = months,
            SoaProgramme = programme,
            Territory = territory,
        });

    public TigLogResult Log(TigMeasure m, DateOnly on, decimal hours, string key, TigEntryKind kind = TigEntryKind.Task) =>
        Tig.Log(m.Id, on, WorkMinutes.FromHours(hours), kind, key, "test");

    public void Dispose() => _provider.Dispose();
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

/// <summary>A paid work source standing for Contracts' CDDI hours (35 h every week).</summary>
internal sealed class FullTimeCddiSource(PersonId person) : IPaidWorkSource
{
    public Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId p, DateOnly on, CancellationToken cancellationToken = default) =>
        Task.FromResult(p == person ? WorkMinutes.FromHours(35) : WorkMinutes.Zero);
}
