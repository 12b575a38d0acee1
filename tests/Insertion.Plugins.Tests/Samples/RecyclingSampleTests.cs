using Insertion.Abstractions;
using Insertion.Samples.RecyclingWorkshop;
using Insertion.Workshops.AgrIlot;
using Insertion.Workshops.AutoBleue;
using Insertion.Workshops.EtapWeb;
using Insertion.Workshops.IlotGourmand;
using Insertion.Sites.Ilot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Plugins.Tests.Samples;

/// <summary>A third party adds a fifth workshop and a site from its own assembly, without touching the library.</summary>
public class RecyclingSampleTests
{
    [Fact]
    public void The_sample_host_finds_its_own_workshop_and_programme()
    {
        using var provider = RecyclingHost.Configure(new ServiceCollection()).BuildServiceProvider();
        var workshop = provider.GetRequiredService<WorkshopRegistry>().Get("recyclerie");
        Assert.IsType<RecyclingWorkshop>(workshop);
        Assert.Equal(["K2304"], workshop.RomeCodes);
        var sites = provider.GetRequiredService<SiteRegistry>();
        Assert.Equal("roubaix", sites.SiteOf("reemploi-roubaix").Id);
        Assert.Equal("recyclerie", sites.GetProgramme("reemploi-roubaix").WorkshopId);
        var (_, listed) = Assert.Single(sites.ParameterOverrides());
        Assert.Equal("TIG.PedagogicalShareMax", listed.Name);
    }

    [Fact]
    public void The_fifth_workshop_sits_beside_the_associations_four()
    {
        using var provider = Host.Build(b => b
            .AddWorkshop<IlotGourmandWorkshop>().AddWorkshop<AutoBleueWorkshop>().AddWorkshop<AgrIlotWorkshop>().AddWorkshop<EtapWebWorkshop>()
            .AddWorkshop<RecyclingWorkshop>()
            .AddIlotSites().AddSite<RoubaixSite>());
        Assert.Equal(5, provider.GetRequiredService<WorkshopRegistry>().All.Count);
        Assert.Equal(5, provider.GetRequiredService<SiteRegistry>().All.Count);
        Assert.Equal("reemploi-roubaix", provider.GetRequiredService<SiteRegistry>().GetProgramme("reemploi-roubaix").Id);
    }

    [Fact]
    public void The_third_party_options_are_bound_and_validated_at_start_like_the_libraries()
    {
        using var good = Host.Build(b => b.AddWorkshop<RecyclingWorkshop>(), ("Insertion:Workshops:recyclerie:Capacity", "5"));
        Assert.Equal(5, good.GetRequiredService<WorkshopRegistry>().Get("recyclerie").Capacity);

        using var bad = Host.Build(b => b.AddWorkshop<RecyclingWorkshop>(), ("Insertion:Workshops:recyclerie:Capacity", "500"));
        var error = Assert.Throws<OptionsValidationException>(() => Host.ValidateAtStart(bad));
        Assert.Contains("Capacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_program_runs()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            RecyclingHost.Main();
        }
        finally
        {
            Console.SetOut(previous);
        }
        Assert.Contains("recyclerie: La Recyclerie, ROME K2304", output.ToString(), StringComparison.Ordinal);
    }
}
