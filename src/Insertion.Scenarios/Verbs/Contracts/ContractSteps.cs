using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Scenarios.Verbs.Contracts;

/// <summary>A CDDI command run against the scenario's services.</summary>
internal sealed class ContractStep(Action<ScenarioContext> run) : IScenarioStep
{
    public void Execute(ScenarioContext context) => run(context);
}

/// <summary><c>issuePass: { pass, person, start, end? }</c>.</summary>
internal sealed class IssuePassStep(PassId pass, PersonId person, DateOnly start, DateOnly? end) : IScenarioStep
{
    public void Execute(ScenarioContext context)
    {
        if (ContractsScenarioModule.FindPass(context, pass.Value) is not null)
        {
            throw new ScenarioStepException($"pass '{pass}' is issued twice");
        }
        context.Get<PassIaeService>().IssueAsync(pass, person, start, end).GetAwaiter().GetResult();
    }
}

/// <summary><c>suspendPass: { pass, from, to, reason }</c>.</summary>
internal sealed class SuspendPassStep(PassId pass, DateOnly from, DateOnly to, PassSuspensionReason reason) : IScenarioStep
{
    public void Execute(ScenarioContext context) =>
        context.Get<PassIaeService>().SuspendAsync(pass, from, to, reason).GetAwaiter().GetResult();
}

/// <summary><c>prolongPass: { pass, months | end, reason }</c>: the holder's <c>rqth</c> flag goes to the RQTH check.</summary>
internal sealed class ProlongPassStep(PassId pass, int? months, DateOnly? end, PassProlongationReason reason) : IScenarioStep
{
    public void Execute(ScenarioContext context)
    {
        var service = context.Get<PassIaeService>();
        var current = service.GetAsync(pass).GetAwaiter().GetResult();
        var newEnd = end ?? current.EndAfterMonths(months!.Value);
        var rqth = context.Person(current.Person.Value).Rqth;
        service.ProlongAsync(pass, newEnd, reason, rqth).GetAwaiter().GetResult();
    }
}

/// <summary><c>renew: { contract, months | end, extension?, trainingEnd?, on? }</c>: the employee's <c>rqth</c> flag goes to the RQTH check.</summary>
internal sealed class RenewStep(ContractId contract, int? months, DateOnly? end, CddiExtension? extension, DateOnly? trainingEnd, DateOnly? on) : IScenarioStep
{
    public void Execute(ScenarioContext context)
    {
        var service = context.Get<CddiService>();
        var current = service.GetAsync(contract).GetAwaiter().GetResult();
        var newEnd = end ?? current.EndAfterMonths(months!.Value);
        var rqth = context.Person(current.Person.Value).Rqth;
        service.RenewAsync(contract, new CddiRenewal(newEnd, extension, trainingEnd, on), rqth).GetAwaiter().GetResult();
    }
}
