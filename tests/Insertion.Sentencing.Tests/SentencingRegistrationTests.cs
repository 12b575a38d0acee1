using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Sentencing.Tests;

/// <summary>AddSentencing wires the module once, scoped, with validated options, and meets Contracts only through IPaidWorkSource.</summary>
public sealed class SentencingRegistrationTests
{
    [Fact]
    public void Adding_the_module_twice_registers_it_once()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddSentencing().AddSentencing(o => o.DeadlineWarningDays = 10));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = provider.CreateScope();
        Assert.Single(scope.ServiceProvider.GetServices<IPaidWorkSource>());
        Assert.Single(scope.ServiceProvider.GetServices<IDailySweep>());
        Assert.Single(provider.GetRequiredService<LegalParameters>().History(SentencingParameters.MaxMonths));
        Assert.Same(scope.ServiceProvider.GetRequiredService<DeclaredPaidWork>(), scope.ServiceProvider.GetServices<IPaidWorkSource>().Single());
        Assert.Equal(10, provider.GetRequiredService<IOptions<SentencingOptions>>().Value.DeadlineWarningDays);
        Assert.Equal(ServiceLifetime.Scoped, services.Single(d => d.ServiceType == typeof(TigService)).Lifetime);
    }

    [Fact]
    public void Options_out_of_range_fail_validation()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddSentencing(o => o.DeadlineWarningDays = -1));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SentencingOptions>>().Value);
    }

    [Fact]
    public void The_module_does_not_reference_the_contracts_module() =>
        Assert.DoesNotContain(typeof(TigService).Assembly.GetReferencedAssemblies(), a => a.Name == "Insertion.Contracts");
}
