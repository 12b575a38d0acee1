using Microsoft.Extensions.DependencyInjection;
using Insertion.Abstractions;

namespace Insertion.Scenarios.Verbs.Core;

/// <summary><c>advance: { to }</c>: the scenario date moves to <c>to</c> and every module's daily sweep runs.</summary>
internal sealed class AdvanceStep(DateOnly to) : IScenarioStep
{
    public async Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        if (to < context.Date)
        {
            throw new ScenarioStepException($"cannot go back in time: to {IsoDates.Format(to)} is before the scenario date {IsoDates.Format(context.Date)}");
        }
        context.AdvanceTo(to);
        await context.Services.GetRequiredService<DailySweeps>().RunAsync(to, cancellationToken).ConfigureAwait(false);
    }
}
