using Insertion.Abstractions;

namespace Insertion.Scenarios;

/// <summary>
/// A module's contribution to the scenario runner: the services it needs, and its verbs and
/// expectations. Each module's verbs live in their own folder; the runner discovers every
/// implementation in this assembly, so adding verbs never edits a central switch.
/// </summary>
public interface IScenarioModule
{
    /// <summary>Adds the module to the scenario's services (e.g. <c>builder.AddContracts()</c>).</summary>
    void Configure(IInsertionBuilder builder);

    /// <summary>Registers the module's verbs and expectation targets.</summary>
    void Register(ScenarioVerbs verbs);
}
