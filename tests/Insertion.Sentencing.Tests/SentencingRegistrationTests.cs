using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests;

/// <summary>AddSentencing wires the module once and meets Contracts only through IPaidWorkSource.</summary>
public sealed class SentencingRegistrationTests
{
    [Fact]
    public void Adding_the_module_twice_registers_it_once()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddSentencing().AddSentencing());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Assert.Single(provider.GetServices<IPaidWorkSource>());
        Assert.Single(provider.GetServices<IDailySweep>());
        Assert.Single(provider.GetRequiredService<LegalParameters>().History(SentencingParameters.MaxMonths));
        Assert.Same(provider.GetRequiredService<DeclaredPaidWork>(), provider.GetServices<IPaidWorkSource>().Single());
    }

    [Fact]
    public void The_module_does_not_reference_the_contracts_module() =>
        Assert.DoesNotContain(typeof(TigService).Assembly.GetReferencedAssemblies(), a => a.Name == "Insertion.Contracts");
}
