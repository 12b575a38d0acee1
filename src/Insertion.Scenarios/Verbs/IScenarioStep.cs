namespace Insertion.Scenarios;

/// <summary>A bound step, ready to run. A refusal is a <see cref="Insertion.Abstractions.RuleViolationException"/>.</summary>
public interface IScenarioStep
{
    /// <summary>Runs the step against the scenario's services (<see cref="ScenarioContext.Services"/> is the step's own scope).</summary>
    Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken);
}
