using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// Which site's parameters apply to a measure (DESIGN.md "law as dated parameters"; the TIG daily
/// maximum is a parameter, C. trav. L3121-18, and a site may set its own): the site named on the
/// measure, else the site running its SOA programme, else the first site (by id) covering its
/// territory, else the host's view. The young-worker caps never exceed the adult ones
/// (C. trav. L3162-1).
/// </summary>
public sealed class TigParameterViewRuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Adult = new(1990, 1, 1);

    [Fact]
    public async Task A_measure_on_a_territory_takes_the_daily_maximum_of_the_site_covering_it_L3121_18()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<SixHourSite>());
        var var = await f.SentenceAsync("var", await f.PersonAsync("p", Adult), 40, Monday, territory: TigTerritory.Var);
        var somme = await f.SentenceAsync("somme", await f.PersonAsync("q", Adult), 40, Monday, territory: TigTerritory.Somme);
        var paris = await f.SentenceAsync("paris", await f.PersonAsync("r", Adult), 40, Monday, territory: TigTerritory.Paris);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(var, Monday, 6.25m, "a")));
        await f.LogAsync(var, Monday, 6, "a");
        await f.LogAsync(somme, Monday, 10, "a");   // the test site covers the Somme and keeps the host's 10 h
        await f.LogAsync(paris, Monday, 10, "a");   // no site covers Paris: the host's 10 h
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(paris, Monday, 0.25m, "b")));
    }

    [Fact]
    public async Task Of_two_sites_covering_a_territory_the_first_by_id_applies()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<SixHourSite>().AddSite<FiveHourVarSite>());
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 40, Monday, territory: TigTerritory.Var);
        // "five-hour-var-site" sorts before "six-hour-site".
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(m, Monday, 5.25m, "a")));
        await f.LogAsync(m, Monday, 5, "a");
        Assert.Equal(WorkMinutes.FromHours(5), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task The_site_named_on_the_measure_wins_over_its_programme_and_the_programme_over_the_territory()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<SixHourSite>());
        // Named site (the test site, host's 10 h) with the six-hour site's programme: the named site applies.
        var named = await f.SentenceAsync("named", await f.PersonAsync("p", Adult), 40, Monday, programme: SixHourSite.ProgrammeId, site: "test-site");
        await f.LogAsync(named, Monday, 10, "a");
        // The test site's programme on the Var territory (covered by the six-hour site): the programme's site applies.
        var programme = await f.SentenceAsync("programme", await f.PersonAsync("q", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId, territory: TigTerritory.Var);
        Assert.Equal(TigTerritory.Var, programme.Territory);
        await f.LogAsync(programme, Monday, 10, "a");
        // The six-hour site named on a measure of the Somme: the named site applies.
        var sixOnSomme = await f.SentenceAsync("six", await f.PersonAsync("r", Adult), 40, Monday, territory: TigTerritory.Somme, site: SixHourSite.SiteId);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(sixOnSomme, Monday, 7, "a")));
    }

    [Fact]
    public async Task A_sentence_naming_an_unknown_site_or_programme_is_not_found_and_records_nothing()
    {
        using var f = new TigFixture(Monday);
        var p = await f.PersonAsync("p", Adult);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.SentenceAsync("m", p, 40, Monday, site: "no-such-site"));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.SentenceAsync("m", p, 40, Monday, programme: "no-such-programme"));
        Assert.Null(await f.Tig.FindAsync(new MeasureId("m")));
    }

    [Fact]
    public async Task A_sentence_keeps_its_own_territory_and_takes_the_programmes_when_it_has_none()
    {
        using var f = new TigFixture(Monday);
        var own = await f.SentenceAsync("own", await f.PersonAsync("p", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId, territory: TigTerritory.Paris);
        var taken = await f.SentenceAsync("taken", await f.PersonAsync("q", Adult), 40, Monday, programme: SoaTestSite.ProgrammeId);
        Assert.Equal(TigTerritory.Paris, (await f.ReloadAsync(own)).Territory);
        Assert.Equal(TigTerritory.Somme, (await f.ReloadAsync(taken)).Territory);
        var none = await f.SentenceAsync("none", await f.PersonAsync("r", Adult), 40, Monday);
        Assert.Null((await f.ReloadAsync(none)).Territory);
        Assert.Null(none.SoaProgramme);
    }

    [Fact]
    public void Two_sites_may_not_register_one_SOA_programme_id()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<SameProgrammeSite>());
        var ex = Assert.Throws<InvalidOperationException>(() => f.Tig);
        Assert.Contains(SoaTestSite.ProgrammeId, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sites_lower_daily_maximum_lowers_the_young_workers_one_too_L3162_1()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<SixHourSite>());
        var minor = await f.PersonAsync("y", new DateOnly(2009, 6, 1));   // 16 in March 2026
        var m = await f.SentenceAsync("m", minor, 40, Monday, site: SixHourSite.SiteId);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(m, Monday, 6.25m, "a")));
        await f.LogAsync(m, Monday, 6, "a");
        var host = await f.SentenceAsync("h", await f.PersonAsync("z", new DateOnly(2009, 6, 1)), 40, Monday);
        Assert.Equal("TIG-DAILY-MAX", await RefusalAsync(() => f.LogAsync(host, Monday, 8.25m, "a")));
        await f.LogAsync(host, Monday, 8, "a");
    }

    [Fact]
    public async Task The_pedagogical_share_cap_is_the_programmes_else_the_parameter_of_the_view()
    {
        using var f = new TigFixture(Monday);
        // The test programme caps at 40 %: 8 h of 20 h; without a programme the parameter's 50 %: 10 h.
        var onProgramme = await f.SentenceAsync("on", await f.PersonAsync("p", Adult), 20, Monday, programme: SoaTestSite.ProgrammeId);
        var without = await f.SentenceAsync("off", await f.PersonAsync("q", Adult), 20, Monday);
        Assert.Equal("TIG-PEDAGOGICAL-SHARE", await RefusalAsync(() => f.LogAsync(onProgramme, Monday, 8.25m, "a", TigEntryKind.Pedagogical)));
        await f.LogAsync(onProgramme, Monday, 8, "a", TigEntryKind.Pedagogical);
        Assert.Equal("TIG-PEDAGOGICAL-SHARE", await RefusalAsync(() => f.LogAsync(without, Monday, 10.25m, "a", TigEntryKind.Pedagogical)));
        await f.LogAsync(without, Monday, 10, "a", TigEntryKind.Pedagogical);
        // Task hours never count towards the share.
        await f.LogAsync(onProgramme, Monday.AddDays(1), 10, "b");
        Assert.Equal((WorkMinutes.FromHours(8), WorkMinutes.FromHours(10)), ((await f.ReloadAsync(onProgramme)).Pedagogical, (await f.ReloadAsync(onProgramme)).Task));
    }

    [Fact]
    public async Task Following_a_programme_is_refused_only_above_its_share_cap_equal_is_allowed()
    {
        using var f = new TigFixture(Monday);
        var atCap = await f.SentenceAsync("at", await f.PersonAsync("p", Adult), 20, Monday);
        await f.LogAsync(atCap, Monday, 8, "a", TigEntryKind.Pedagogical);              // 40 % of 20 h
        Assert.Empty(await f.Tig.CanFollowProgrammeAsync(atCap.Id, SoaTestSite.ProgrammeId));
        await f.Tig.FollowProgrammeAsync(atCap.Id, SoaTestSite.ProgrammeId);
        Assert.Equal(SoaTestSite.ProgrammeId, (await f.ReloadAsync(atCap)).SoaProgramme);

        var above = await f.SentenceAsync("above", await f.PersonAsync("q", Adult), 20, Monday);
        await f.LogAsync(above, Monday, 8.25m, "a", TigEntryKind.Pedagogical);
        Assert.Equal("TIG-PEDAGOGICAL-SHARE", Assert.Single(await f.Tig.CanFollowProgrammeAsync(above.Id, SoaTestSite.ProgrammeId)).Code);
        Assert.Equal("TIG-PEDAGOGICAL-SHARE", await RefusalAsync(() => f.Tig.FollowProgrammeAsync(above.Id, SoaTestSite.ProgrammeId)));
        Assert.Null((await f.ReloadAsync(above)).SoaProgramme);
    }

    private static async Task<string> RefusalAsync(Func<Task> action) =>
        (await Assert.ThrowsAsync<RuleViolationException>(action)).Violation.Code;
}

/// <summary>A second site on the Var territory, whose id sorts before <see cref="SixHourSite"/>'s, with a 5-hour TIG day.</summary>
internal sealed class FiveHourVarSite : ISite
{
    public string Id => "five-hour-var-site";
    public string Name => "Five-hour Var site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations => [];
    public IReadOnlyList<ProgrammeDefinition> Programmes => [];
    public IReadOnlyList<DateRange> Closures => [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [new("TIG.DailyMaxHours", "5", "host structure's short day")];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
    [
        new SoaProgrammeDefinition { Id = "soa-var-5h", Territory = TigTerritory.Var },
    ];
}

/// <summary>A site that registers the test site's SOA programme id again.</summary>
internal sealed class SameProgrammeSite : ISite
{
    public string Id => "same-programme-site";
    public string Name => "Same programme site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations => [];
    public IReadOnlyList<ProgrammeDefinition> Programmes => [];
    public IReadOnlyList<DateRange> Closures => [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => [];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
    [
        new SoaProgrammeDefinition { Id = SoaTestSite.ProgrammeId, Territory = TigTerritory.Paris },
    ];
}
