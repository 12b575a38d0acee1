namespace Insertion.Scenarios;

/// <summary>Reads a verb's arguments (at load time) and returns the step to run.</summary>
/// <param name="args">The step's arguments.</param>
/// <param name="context">The scenario being loaded (people, registries).</param>
public delegate IScenarioStep ScenarioBinder(StepArgs args, ScenarioLoadContext context);
