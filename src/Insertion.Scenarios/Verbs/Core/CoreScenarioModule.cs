using Insertion.Abstractions;

namespace Insertion.Scenarios.Verbs.Core;

/// <summary>The runner's own verbs: <c>advance</c> (the daily sweep) and <c>expect</c> (dispatched to the module that owns the subject).</summary>
internal sealed class CoreScenarioModule : IScenarioModule
{
    public void Configure(IInsertionBuilder builder)
    {
    }

    public void Register(ScenarioVerbs verbs)
    {
        verbs.Add("advance", (args, _) => new AdvanceStep(args.Date("to")));
        verbs.Add("expect", (args, _) => ExpectStep.Bind(args, verbs.Targets));
    }
}
