using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using Insertion.Workshops.AgrIlot;
using Insertion.Workshops.AutoBleue;
using Insertion.Workshops.EtapWeb;
using Insertion.Workshops.IlotGourmand;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Plugins.Tests.Workshops;

/// <summary>What each workshop says about its trade: certification, inductions, season, remote work, TIG tasks.</summary>
public class WorkshopContentTests
{
    public static TheoryData<IWorkshop> All => [new IlotGourmandWorkshop(), new AutoBleueWorkshop(), new AgrIlotWorkshop(), new EtapWebWorkshop()];

    [Theory]
    [MemberData(nameof(All))]
    public void Every_workshop_details_its_certification_blocks_inductions_and_tig_tasks(IWorkshop workshop)
    {
        var certification = Assert.IsType<CertificationDefinition>(workshop.CertificationDetails);
        Assert.NotEmpty(certification.SkillBlocks);
        Assert.Equal(certification.SkillBlocks.Count, certification.SkillBlocks.Select(b => b.Code).Distinct().Count());
        Assert.False(string.IsNullOrWhiteSpace(certification.Source));
        var induction = Assert.Single(workshop.Inductions);
        Assert.True(induction.RequiredBeforeProduction);
        Assert.True(induction.Duration > WorkMinutes.Zero);
        Assert.NotEmpty(workshop.TigTasks);
        Assert.Equal(workshop.TigTasks.Count, workshop.TigTasks.Select(t => t.Id).Distinct().Count());
        Assert.All(workshop.TigTasks, t => Assert.True(t.PlacesPerDay > 0));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Production_needs_stay_within_capacity_every_month(IWorkshop workshop)
    {
        for (var month = 1; month <= 12; month++)
        {
            Assert.InRange(workshop.PeopleNeededIn(month), 0, workshop.Capacity);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => workshop.PeopleNeededIn(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => workshop.PeopleNeededIn(13));
    }

    [Fact]
    public void Kitchen_requires_food_hygiene_before_production()
    {
        var induction = Assert.Single(new IlotGourmandWorkshop().Inductions);
        Assert.Equal("food-hygiene", induction.Id);
        Assert.Equal(WorkMinutes.FromHours(14), induction.Duration);
        Assert.Contains("852/2004", induction.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Kitchen_produces_on_its_service_days_and_not_in_closed_months()
    {
        var kitchen = new IlotGourmandWorkshop(Options.Create(new IlotGourmandOptions
        {
            ServiceDays = [DayOfWeek.Tuesday, DayOfWeek.Monday],
            ClosedMonths = [8],
        }));
        IWorkshop w = kitchen;
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], w.ProductionDays);
        Assert.True(w.ProducesOn(new DateOnly(2026, 3, 2)));   // Monday
        Assert.False(w.ProducesOn(new DateOnly(2026, 3, 4)));  // Wednesday
        Assert.False(w.ProducesOn(new DateOnly(2026, 8, 3)));  // a Monday of the closed month
        Assert.Equal(0, w.PeopleNeededIn(8));
        Assert.Equal(w.Capacity, w.PeopleNeededIn(9));
    }

    [Theory]
    [InlineData(new DayOfWeek[0])]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Monday })]
    public void Kitchen_service_days_must_be_a_set_of_days(DayOfWeek[] days) =>
        Assert.Throws<OptionsValidationException>(() => new IlotGourmandWorkshop(Options.Create(new IlotGourmandOptions { ServiceDays = days })));

    [Fact]
    public void Kitchen_cannot_close_every_month_nor_a_month_13()
    {
        Assert.Throws<OptionsValidationException>(() => new IlotGourmandWorkshop(Options.Create(new IlotGourmandOptions { ClosedMonths = [.. Enumerable.Range(1, 12)] })));
        Assert.Throws<OptionsValidationException>(() => new IlotGourmandWorkshop(Options.Create(new IlotGourmandOptions { ClosedMonths = [13] })));
    }

    [Property]
    public Property Garage_capacity_is_what_its_lifts_take() =>
        Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (lifts, perLift) =>
        {
            var garage = new AutoBleueWorkshop(Options.Create(new AutoBleueOptions { Lifts = lifts, PeoplePerLift = perLift }));
            return garage.Capacity == lifts * perLift
                && ((IWorkshop)garage).Resources.Single(r => r.Id == "lift").PeopleAtOnce == garage.Capacity;
        });

    [Fact]
    public void Garage_requires_workshop_safety_before_production()
    {
        var induction = Assert.Single(((IWorkshop)new AutoBleueWorkshop()).Inductions);
        Assert.Equal("workshop-safety", induction.Id);
        Assert.Contains("L4141-2", induction.Source, StringComparison.Ordinal);
        Assert.Equal(8, new AutoBleueWorkshop().Capacity);
    }

    [Fact]
    public void Market_garden_needs_more_people_in_season_than_in_winter()
    {
        IWorkshop garden = new AgrIlotWorkshop();
        Assert.Equal(12, garden.ProductionNeeds.Count);
        Assert.True(garden.PeopleNeededIn(6) > garden.PeopleNeededIn(1));
        Assert.Equal(garden.Capacity, garden.PeopleNeededIn(7));
        Assert.True(garden.ProducesOn(new DateOnly(2026, 1, 5)));
    }

    [Property]
    public Property Default_season_never_needs_more_than_the_capacity() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), capacity =>
        {
            IWorkshop garden = new AgrIlotWorkshop(Options.Create(new AgrIlotOptions { Capacity = capacity }));
            return Enumerable.Range(1, 12).All(m => garden.PeopleNeededIn(m) >= 0 && garden.PeopleNeededIn(m) <= capacity)
                && garden.PeopleNeededIn(7) == capacity;
        });

    [Fact]
    public void Market_garden_plan_is_twelve_months_within_capacity()
    {
        int[] plan = [2, 2, 4, 6, 8, 8, 8, 8, 6, 4, 2, 0];
        IWorkshop garden = new AgrIlotWorkshop(Options.Create(new AgrIlotOptions { Capacity = 8, PeopleNeededByMonth = plan }));
        Assert.Equal(plan, Enumerable.Range(1, 12).Select(garden.PeopleNeededIn));
        Assert.False(garden.ProducesOn(new DateOnly(2026, 12, 7)));
        Assert.Throws<OptionsValidationException>(() => new AgrIlotWorkshop(Options.Create(new AgrIlotOptions { PeopleNeededByMonth = [.. plan.Take(11)] })));
        Assert.Throws<OptionsValidationException>(() => new AgrIlotWorkshop(Options.Create(new AgrIlotOptions { Capacity = 7, PeopleNeededByMonth = plan })));
    }

    [Fact]
    public void Only_the_web_agency_can_work_partly_remotely_and_never_fully()
    {
        IWorkshop web = new EtapWebWorkshop();
        Assert.True(web.RemoteWork.Allowed);
        Assert.Equal(0.4m, web.RemoteWork.MaxShare);
        Assert.NotEmpty(web.RemoteWork.Activities);
        Assert.All(new IWorkshop[] { new IlotGourmandWorkshop(), new AutoBleueWorkshop(), new AgrIlotWorkshop() }, w => Assert.False(w.RemoteWork.Allowed));
        Assert.Throws<OptionsValidationException>(() => new EtapWebWorkshop(Options.Create(new EtapWebOptions { RemoteShareMax = 1m })));
        Assert.Throws<OptionsValidationException>(() => new EtapWebWorkshop(Options.Create(new EtapWebOptions { RemoteShareMax = -0.1m })));
        Assert.False(((IWorkshop)new EtapWebWorkshop(Options.Create(new EtapWebOptions { RemoteShareMax = 0m }))).RemoteWork.Allowed);
    }

    [Fact]
    public void Web_certification_is_the_dwwm_with_its_two_official_blocks()
    {
        var dwwm = EtapWebWorkshop.WebDeveloper;
        Assert.True(dwwm.BlocksAreOfficial);
        Assert.Equal(5, dwwm.Level);
        Assert.Equal(2, dwwm.SkillBlocks.Count);
        Assert.Contains("front-end", dwwm.SkillBlocks[0].Title, StringComparison.Ordinal);
        Assert.Contains("back-end", dwwm.SkillBlocks[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workshop_without_details_gets_the_defaults_of_the_contract()
    {
        IWorkshop bare = new BareWorkshop();
        Assert.Null(bare.CertificationDetails);
        Assert.Empty(bare.Inductions);
        Assert.Empty(bare.TigTasks);
        Assert.False(bare.RemoteWork.Allowed);
        Assert.Equal(5, bare.ProductionDays.Count);
        Assert.Equal(3, bare.PeopleNeededIn(4));
        Assert.False(bare.ProducesOn(new DateOnly(2026, 3, 7))); // Saturday
    }

    private sealed class BareWorkshop : IWorkshop
    {
        public string Id => "bare";
        public string DisplayName => "Bare";
        public string Trade => "Trade";
        public IReadOnlyList<string> RomeCodes => ["X0000"];
        public string Certification => "None";
        public int Capacity => 3;
    }
}
