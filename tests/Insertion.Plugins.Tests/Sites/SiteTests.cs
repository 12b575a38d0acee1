using Insertion.Abstractions;
using Insertion.Sites.Ilot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Plugins.Tests.Sites;

/// <summary>The association's sites: programmes found by id, TIG pédagogique territories, explicit overrides.</summary>
public class SiteTests
{
    private static ServiceProvider Sites(params (string, string)[] settings) => Host.Build(b => b.AddIlotSites(), settings);

    [Theory]
    [InlineData("aqi-amiens", "amiens")]
    [InlineData("aqi-paris", "paris")]
    [InlineData("aqi-aubervilliers", "aubervilliers")]
    public void Programmes_are_found_by_id_with_their_site(string programme, string site)
    {
        using var provider = Sites();
        var registry = provider.GetRequiredService<SiteRegistry>();
        Assert.Equal(programme, registry.GetProgramme(programme).Id);
        Assert.Equal(site, registry.SiteOf(programme).Id);
    }

    [Fact]
    public void Unknown_programme_and_site_ids_are_clear_errors()
    {
        using var provider = Sites();
        var registry = provider.GetRequiredService<SiteRegistry>();
        var programme = Assert.Throws<UnknownPluginException>(() => registry.GetProgramme("aqi-lyon"));
        Assert.Contains("aqi-amiens", programme.Message, StringComparison.Ordinal);
        Assert.Throws<UnknownPluginException>(() => registry.Get("lyon"));
        var soa = Assert.Throws<UnknownPluginException>(() => registry.GetSoaProgramme("soa-rhone"));
        Assert.Contains("soa-var", soa.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amiens_keeps_its_id_its_two_locations_and_the_aqi_of_the_scenarios()
    {
        var amiens = new AmiensSite();
        Assert.Equal("amiens", amiens.Id);
        Assert.Equal(["amiens-kitchen", "amiens-afec"], amiens.Locations.Select(l => l.Id));
        var aqi = Assert.Single(amiens.Programmes);
        Assert.Equal("aqi-amiens", aqi.Id);
        Assert.Equal(8, aqi.LengthMonths);
        Assert.Equal(8, aqi.CddiMonths);
        Assert.Equal(1, aqi.CddiTrialMonths);
        Assert.Equal(15, aqi.Capacity);
        Assert.Equal(3, aqi.PromotionsPerYear);
        Assert.True(aqi.PlacementMinWeeks >= 6);
    }

    [Theory]
    [InlineData("paris")]
    [InlineData("aubervilliers")]
    public void Ile_de_France_aqi_alternates_collective_workshops_and_training_centre_with_a_6_to_8_week_placement(string siteId)
    {
        using var provider = Sites();
        var site = provider.GetRequiredService<SiteRegistry>().Get(siteId);
        var aqi = Assert.Single(site.Programmes);
        Assert.Equal([ActivityKind.CollectiveWorkshop, ActivityKind.Theory], aqi.Rotation);
        Assert.Equal(6, aqi.PlacementMinWeeks);
        Assert.Equal(8, aqi.PlacementMaxWeeks);
        Assert.Null(aqi.CddiMonths);
        Assert.Equal(site.Locations.Single(l => l.Id.EndsWith("-training-centre", StringComparison.Ordinal)).Id, aqi.LocationOf[ActivityKind.Theory]);
    }

    [Fact]
    public void Every_location_a_programme_names_is_a_location_of_its_site()
    {
        using var provider = Sites();
        foreach (var site in provider.GetRequiredService<SiteRegistry>().All)
        {
            var ids = site.Locations.Select(l => l.Id).ToHashSet();
            Assert.All(site.Programmes.SelectMany(p => p.LocationOf.Values), id => Assert.Contains(id, ids));
        }
    }

    [Theory]
    [InlineData(TigTerritory.Somme, "soa-somme", "amiens")]
    [InlineData(TigTerritory.Paris, "soa-paris", "paris")]
    [InlineData(TigTerritory.SeineSaintDenis, "soa-seine-saint-denis", "aubervilliers")]
    [InlineData(TigTerritory.Var, "soa-var", "var")]
    public void Each_tig_pedagogique_territory_has_one_soa_programme(TigTerritory territory, string programme, string site)
    {
        using var provider = Sites();
        var registry = provider.GetRequiredService<SiteRegistry>();
        var soa = Assert.Single(registry.SoaProgrammesOn(territory));
        Assert.Equal(programme, soa.Id);
        Assert.Equal(0.5m, soa.PedagogicalShareMax);
        Assert.Same(soa, registry.GetSoaProgramme(programme));
        Assert.Equal([territory], registry.Get(site).TigTerritories);
    }

    [Fact]
    public void The_var_is_a_territory_without_a_site_of_the_association()
    {
        ISite var = new VarTerritorySite();
        Assert.Empty(var.Locations);
        Assert.Empty(var.Programmes);
        Assert.Equal("soa-var", Assert.Single(var.SoaProgrammes).Id);
    }

    [Fact]
    public void Sites_set_no_parameter_by_default()
    {
        using var provider = Sites();
        Assert.Empty(provider.GetRequiredService<SiteRegistry>().ParameterOverrides());
    }

    [Fact]
    public void An_override_is_listed_with_its_site_and_reason_and_applies_to_that_site_only()
    {
        using var provider = Sites(
            ("Insertion:Sites:amiens:ParameterOverrides:0:Name", "TIG.PedagogicalShareMax"),
            ("Insertion:Sites:amiens:ParameterOverrides:0:Value", "0.4"),
            ("Insertion:Sites:amiens:ParameterOverrides:0:Reason", "Agreed with the SPIP of the Somme"));
        Host.ValidateAtStart(provider);
        var registry = provider.GetRequiredService<SiteRegistry>();
        var (site, listed) = Assert.Single(registry.ParameterOverrides());
        Assert.Equal("amiens", site.Id);
        Assert.Equal(new SiteParameterOverride("TIG.PedagogicalShareMax", "0.4", "Agreed with the SPIP of the Somme"), listed);
        Assert.Equal(0.4m, registry.GetSoaProgramme("soa-somme").PedagogicalShareMax);
        Assert.Equal(0.5m, registry.GetSoaProgramme("soa-paris").PedagogicalShareMax);
    }

    public static TheoryData<string, string, string, string> BadOverrides => new()
    {
        { "amiens", "TIG.PedagogicalShareMax", "0.4", "" },
        { "paris", "TIG.PedagogicalShareMax", "1.5", "too much" },
        { "var", "TIG.PedagogicalShareMax", "half", "words" },
        { "aubervilliers", "", "3", "no name" },
    };

    [Theory]
    [MemberData(nameof(BadOverrides))]
    public void An_override_without_reason_or_with_a_bad_value_fails_at_start(string site, string name, string value, string reason)
    {
        using var provider = Sites(
            ($"Insertion:Sites:{site}:ParameterOverrides:0:Name", name),
            ($"Insertion:Sites:{site}:ParameterOverrides:0:Value", value),
            ($"Insertion:Sites:{site}:ParameterOverrides:0:Reason", reason));
        Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(provider));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<SiteRegistry>());
    }

    [Fact]
    public void The_same_parameter_twice_fails_at_start()
    {
        using var provider = Sites(
            ("Insertion:Sites:paris:ParameterOverrides:0:Name", "TIG.DailyMaxHours"),
            ("Insertion:Sites:paris:ParameterOverrides:0:Value", "8"),
            ("Insertion:Sites:paris:ParameterOverrides:0:Reason", "r"),
            ("Insertion:Sites:paris:ParameterOverrides:1:Name", "tig.dailymaxhours"),
            ("Insertion:Sites:paris:ParameterOverrides:1:Value", "7"),
            ("Insertion:Sites:paris:ParameterOverrides:1:Reason", "r"));
        var error = Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(provider));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_options_region_and_closures_are_bound_per_site()
    {
        using var provider = Sites(
            ("Insertion:Sites:amiens:Closures:0:From", "2026-08-03"),
            ("Insertion:Sites:amiens:Closures:0:To", "2026-08-21"),
            ("Insertion:Sites:aubervilliers:Region", "AlsaceMoselle"));
        var registry = provider.GetRequiredService<SiteRegistry>();
        var closure = Assert.Single(registry.Get("amiens").Closures);
        Assert.Equal(new DateRange(new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 21)), closure);
        Assert.Empty(registry.Get("paris").Closures);
        Assert.Equal(FrenchRegion.AlsaceMoselle, registry.Get("aubervilliers").Region);
        Assert.Equal(FrenchRegion.Metropolitan, registry.Get("amiens").Region);
    }

    [Fact]
    public void A_closure_ending_before_it_starts_fails_at_start()
    {
        using var provider = Sites(
            ("Insertion:Sites:var:Closures:0:From", "2026-08-21"),
            ("Insertion:Sites:var:Closures:0:To", "2026-08-03"));
        Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(provider));
    }

    [Fact]
    public void Ile_de_France_aqi_figures_come_from_the_site_options()
    {
        using var provider = Sites(
            ("Insertion:Sites:paris:AqiCapacity", "12"),
            ("Insertion:Sites:paris:AqiLengthMonths", "9"));
        var registry = provider.GetRequiredService<SiteRegistry>();
        Assert.Equal(12, registry.GetProgramme("aqi-paris").Capacity);
        Assert.Equal(9, registry.GetProgramme("aqi-paris").LengthMonths);
        Assert.Equal(15, registry.GetProgramme("aqi-aubervilliers").Capacity);

        using var bad = Sites(("Insertion:Sites:aubervilliers:AqiCapacity", "0"));
        Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(bad));
    }
}
