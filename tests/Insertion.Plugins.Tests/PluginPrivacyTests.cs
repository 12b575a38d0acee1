using System.Reflection;
using Insertion.Abstractions;
using Insertion.Sites.Ilot;
using Insertion.Workshops.AgrIlot;
using Insertion.Workshops.AutoBleue;
using Insertion.Workshops.EtapWeb;
using Insertion.Workshops.IlotGourmand;

namespace Insertion.Plugins.Tests;

/// <summary>Plugins never see justice or health data (DOMAIN.md §5): nothing of a person reaches them.</summary>
public class PluginPrivacyTests
{
    public static TheoryData<string> PluginAssemblies =>
    [
        typeof(IlotGourmandWorkshop).Assembly.GetName().Name!,
        typeof(AutoBleueWorkshop).Assembly.GetName().Name!,
        typeof(AgrIlotWorkshop).Assembly.GetName().Name!,
        typeof(EtapWebWorkshop).Assembly.GetName().Name!,
        typeof(AmiensSite).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(PluginAssemblies))]
    public void A_plugin_references_only_the_abstractions_of_the_library(string name)
    {
        var assembly = Assembly.Load(name);
        var library = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Insertion.", StringComparison.Ordinal));
        Assert.Equal(["Insertion.Abstractions"], library);
    }

    [Fact]
    public void The_plugin_contracts_carry_no_person_data()
    {
        Type[] personal = [typeof(PersonProfile), typeof(IPersonDirectory), typeof(PersonId)];
        foreach (var contract in new[] { typeof(IWorkshop), typeof(ISite), typeof(TigTask), typeof(WorkshopInduction), typeof(SoaProgrammeDefinition), typeof(ProgrammeDefinition) })
        {
            var types = contract.GetProperties().Select(p => p.PropertyType)
                .Concat(contract.GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
            Assert.DoesNotContain(types, t => personal.Contains(t));
        }
    }
}
