using Microsoft.Extensions.DependencyInjection;
using Insertion.Abstractions;

namespace Insertion.Scenarios.Verbs.Core;

/// <summary><c>advance: { to }</c>: the scenario date moves to <c>to</c> and every module's daily sweep runs.</summary>
internal sealed class AdvanceStep(DateOnly to) : IScenarioStep
{
    public void Execute(ScenarioContext context)
    {
        if (to < context.Date)
        {
            throw new ScenarioStepException($"cannot go back in time: to {IsoDates.Format(to)} is before the scenario date {IsoDates.Format(context.Date)}");
        }
        context.AdvanceTo(to);
        foreach (var sweep in context.Services.GetServices<IDailySweep>())
        {
            sweep.Run(to);
        }
    }
}
