namespace Insertion.Scenarios;

/// <summary>A bound step, ready to run. A refusal is a <see cref="Insertion.Abstractions.RuleViolationException"/>.</summary>
public interface IScenarioStep
{
    /// <summary>Runs the step against the scenario's services.</summary>
    void Execute(ScenarioContext context);
}
