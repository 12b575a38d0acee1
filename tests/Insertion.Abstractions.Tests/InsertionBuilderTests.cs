using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Abstractions.Tests;

/// <summary>Plugins are plain DI registrations: <c>services.AddInsertion(b => b.AddWorkshop&lt;T&gt;())</c>.</summary>
public sealed class InsertionBuilderTests
{
    private sealed class Kitchen : IWorkshop
    {
        public string Id => "kitchen";
        public string DisplayName => "Kitchen";
        public string Trade => "Cooking";
        public IReadOnlyList<string> RomeCodes => ["G1603"];
        public string Certification => "TP";
        public int Capacity => 3;
    }

    private sealed class Garage : IWorkshop
    {
        public string Id => "garage";
        public string DisplayName => "Garage";
        public string Trade => "Mechanics";
        public IReadOnlyList<string> RomeCodes => ["I1604"];
        public string Certification => "TP";
        public int Capacity => 2;
    }

    private sealed class Town : ISite
    {
        public string Id => "town";
        public string Name => "Town";
        public FrenchRegion Region => FrenchRegion.AlsaceMoselle;
        public IReadOnlyList<SiteLocation> Locations => [new("hall", "Hall", 1)];
        public IReadOnlyList<ProgrammeDefinition> Programmes => [new() { Id = "prog", Name = "Prog", LengthMonths = 6, Capacity = 10 }];
        public IReadOnlyList<DateRange> Closures => [];
        public IReadOnlyList<SiteParameterOverride> ParameterOverrides => [];
    }

    // A plugin that asks the host's container for a service other than its own options.
    private sealed class Nosy(IPersonDirectory people) : IWorkshop
    {
        public IPersonDirectory People { get; } = people;
        public string Id => "nosy";
        public string DisplayName => "Nosy";
        public string Trade => "Prying";
        public IReadOnlyList<string> RomeCodes => ["K0000"];
        public string Certification => "none";
        public int Capacity => 1;
    }

    [Fact]
    public void A_plugin_is_built_from_its_own_options_and_cannot_ask_the_container_for_a_service_DOMAIN_5()
    {
        using var sp = new ServiceCollection().AddInsertion(b => b.AddWorkshop<Nosy>()).BuildServiceProvider();
        var ex = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<Nosy>());
        Assert.Contains("IPersonDirectory", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build() => new ServiceCollection()
        .AddInsertion(b => b.AddWorkshop<Kitchen>().AddWorkshop<Garage>().AddSite<Town>())
        .BuildServiceProvider();

    [Fact]
    public void Registered_workshops_are_resolved_as_IWorkshop_and_by_id()
    {
        using var sp = Build();
        Assert.Equal(["garage", "kitchen"], sp.GetServices<IWorkshop>().Select(w => w.Id).Order());
        Assert.Equal("Garage", sp.GetRequiredService<WorkshopRegistry>().Get("garage").DisplayName);
        Assert.Same(sp.GetRequiredService<Kitchen>(), sp.GetRequiredService<WorkshopRegistry>().Get("kitchen"));
    }

    [Fact]
    public void An_unknown_workshop_id_is_a_clear_error_listing_the_known_ones()
    {
        using var sp = Build();
        var ex = Assert.Throws<UnknownPluginException>(() => sp.GetRequiredService<WorkshopRegistry>().Get("bakery"));
        Assert.Contains("bakery", ex.Message, StringComparison.Ordinal);
        Assert.Contains("garage", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_are_found_by_id_with_their_site()
    {
        using var sp = Build();
        var sites = sp.GetRequiredService<SiteRegistry>();
        Assert.Equal(6, sites.GetProgramme("prog").LengthMonths);
        Assert.Equal("town", sites.SiteOf("prog").Id);
        Assert.Throws<UnknownPluginException>(() => sites.GetProgramme("nope"));
    }

    [Fact]
    public void Two_workshops_with_one_id_are_a_configuration_error()
    {
        using var sp = new ServiceCollection().AddInsertion(b => b.AddWorkshop<Kitchen>()).AddSingleton<IWorkshop, Kitchen>().BuildServiceProvider();
        Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<WorkshopRegistry>());
    }

    [Fact]
    public void The_kernel_provides_clock_parameters_people_and_repositories()
    {
        using var sp = Build();
        Assert.NotNull(sp.GetRequiredService<TimeProvider>());
        Assert.NotNull(sp.GetRequiredService<LegalParameters>());
        Assert.NotNull(sp.GetRequiredService<IPersonDirectory>());
        Assert.IsType<InMemoryRepository<SpecificationEvaluatorTests.Item>>(sp.GetRequiredService<IRepository<SpecificationEvaluatorTests.Item>>());
    }

    [Fact]
    public void A_site_calendar_follows_its_region() =>
        Assert.True(FrenchCalendar.For(new Town()).IsPublicHoliday(new DateOnly(2026, 12, 26)));
}
