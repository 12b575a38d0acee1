using Insertion.Abstractions;
using Insertion.Workshops.AgrIlot;
using Insertion.Workshops.AutoBleue;
using Insertion.Workshops.EtapWeb;
using Insertion.Workshops.IlotGourmand;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Plugins.Tests.Workshops;

/// <summary>Each workshop registers with one line and is found by its id; unknown ids are clear errors.</summary>
public class WorkshopRegistrationTests
{
    public static TheoryData<string, string[]> IdsAndRomeCodes => new()
    {
        { "ilot-gourmand", ["G1603"] },
        { "auto-bleue", ["I1604", "I1606"] },
        { "agr-ilot", ["A1414"] },
        { "etap-web", ["M1805"] },
    };

    private static ServiceProvider AllFour(params (string, string)[] settings) => Host.Build(b => b
        .AddWorkshop<IlotGourmandWorkshop>()
        .AddWorkshop<AutoBleueWorkshop>()
        .AddWorkshop<AgrIlotWorkshop>()
        .AddWorkshop<EtapWebWorkshop>(), settings);

    [Theory]
    [MemberData(nameof(IdsAndRomeCodes))]
    public void Registered_workshop_is_found_by_id_with_its_rome_codes(string id, string[] romeCodes)
    {
        using var provider = AllFour();
        var workshop = provider.GetRequiredService<WorkshopRegistry>().Get(id);
        Assert.Equal(id, workshop.Id);
        Assert.Equal(romeCodes, workshop.RomeCodes);
    }

    [Fact]
    public void One_line_registration_resolves_the_concrete_type_and_the_interface_as_one_instance()
    {
        using var provider = Host.Build(b => b.AddWorkshop<IlotGourmandWorkshop>());
        var concrete = provider.GetRequiredService<IlotGourmandWorkshop>();
        Assert.Same(concrete, provider.GetRequiredService<WorkshopRegistry>().Get(IlotGourmandWorkshop.WorkshopId));
        Assert.Same(concrete, Assert.Single(provider.GetServices<IWorkshop>()));
    }

    [Fact]
    public void Unknown_workshop_id_is_a_clear_error_naming_the_registered_ones()
    {
        using var provider = AllFour();
        var error = Assert.Throws<UnknownPluginException>(() => provider.GetRequiredService<WorkshopRegistry>().Get("boulangerie"));
        Assert.Equal("boulangerie", error.Id);
        Assert.Equal("workshop", error.Kind);
        Assert.Contains("boulangerie", error.Message, StringComparison.Ordinal);
        Assert.Contains("ilot-gourmand", error.Message, StringComparison.Ordinal);
        Assert.Contains("etap-web", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_workshop_twice_registers_it_once()
    {
        using var provider = Host.Build(b => b.AddWorkshop<AgrIlotWorkshop>().AddWorkshop<AgrIlotWorkshop>().AddAgrIlot());
        Assert.Single(provider.GetRequiredService<WorkshopRegistry>().All);
    }

    public static TheoryData<string, string> BadSettings => new()
    {
        { "Insertion:Workshops:ilot-gourmand:Capacity", "0" },
        { "Insertion:Workshops:ilot-gourmand:FoodHygieneInductionHours", "0" },
        { "Insertion:Workshops:auto-bleue:Lifts", "0" },
        { "Insertion:Workshops:auto-bleue:PeoplePerLift", "5" },
        { "Insertion:Workshops:agr-ilot:Capacity", "-1" },
        { "Insertion:Workshops:agr-ilot:PeopleNeededByMonth:0", "3" },
        { "Insertion:Workshops:etap-web:RemoteShareMax", "1" },
        { "Insertion:Workshops:etap-web:Capacity", "31" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Bad_configuration_fails_at_start(string key, string value)
    {
        using var provider = AllFour((key, value));
        // What a generic host runs when it starts (ValidateOnStart) ...
        var atStart = Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(provider));
        Assert.NotEmpty(atStart.Failures);
        // ... and, without a host, the first resolution of the plugins.
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WorkshopRegistry>());
    }

    [Fact]
    public void Good_configuration_passes_at_start_and_is_bound()
    {
        using var provider = AllFour(
            ("Insertion:Workshops:ilot-gourmand:Capacity", "12"),
            ("Insertion:Workshops:auto-bleue:Lifts", "3"),
            ("Insertion:Workshops:etap-web:RemoteShareMax", "0.2"));
        Host.ValidateAtStart(provider);
        var registry = provider.GetRequiredService<WorkshopRegistry>();
        Assert.Equal(12, registry.Get("ilot-gourmand").Capacity);
        Assert.Equal(6, registry.Get("auto-bleue").Capacity);
        Assert.Equal(0.2m, registry.Get("etap-web").RemoteWork.MaxShare);
    }

    [Fact]
    public void Options_set_in_code_override_configuration_and_are_validated_too()
    {
        using var good = Host.Build(b => b.AddIlotGourmand(o => o.Capacity = 9), ("Insertion:Workshops:ilot-gourmand:Capacity", "12"));
        Assert.Equal(9, good.GetRequiredService<WorkshopRegistry>().Get("ilot-gourmand").Capacity);

        using var bad = Host.Build(b => b.AddEtapWeb(o => o.Capacity = 0));
        Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(bad));
    }

    [Fact]
    public void A_workshop_built_by_hand_is_validated_like_one_built_by_the_container()
    {
        Assert.Throws<OptionsValidationException>(() => new AgrIlotWorkshop(Options.Create(new AgrIlotOptions { Capacity = 0 })));
        Assert.Equal(12, new AgrIlotWorkshop().Capacity);
    }
}
