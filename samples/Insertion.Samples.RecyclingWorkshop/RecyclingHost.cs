using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Samples.RecyclingWorkshop;

/// <summary>The sample host: the library with the third party's workshop and site only.</summary>
public static class RecyclingHost
{
    /// <summary>Registers the library and the sample's plugins.</summary>
    public static IServiceCollection Configure(IServiceCollection services) =>
        services.AddInsertion(b => b.AddWorkshop<RecyclingWorkshop>().AddSite<RoubaixSite>());

    /// <summary>Prints what the registries see.</summary>
    public static void Main()
    {
        using var provider = Configure(new ServiceCollection()).BuildServiceProvider(validateScopes: true);
        var workshop = provider.GetRequiredService<WorkshopRegistry>().Get(RecyclingWorkshop.WorkshopId);
        var programme = provider.GetRequiredService<SiteRegistry>().GetProgramme(RoubaixSite.Reuse.Id);
        Console.WriteLine($"{workshop.Id}: {workshop.DisplayName}, ROME {string.Join(", ", workshop.RomeCodes)}, capacity {workshop.Capacity}");
        Console.WriteLine($"{programme.Id}: {programme.Name}, {programme.LengthMonths} months, workshop {programme.WorkshopId}");
    }
}
