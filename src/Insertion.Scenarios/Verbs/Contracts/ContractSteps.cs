using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Scenarios.Verbs.Contracts;

/// <summary>A CDDI command run against the scenario's services.</summary>
internal sealed class ContractStep(Func<ScenarioContext, CancellationToken, Task> run) : IScenarioStep
{
    public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
}

/// <summary><c>issuePass: { pass, person, start, end? }</c>.</summary>
internal sealed class IssuePassStep(PassId pass, PersonId person, DateOnly start, DateOnly? end) : IScenarioStep
{
    // A pass issued twice never gets here: the runner refuses an id introduced twice (exit 2).
    public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) =>
        context.Get<PassIaeService>().IssueAsync(pass, person, start, end, cancellationToken);
}

/// <summary><c>suspendPass: { pass, from, to, reason }</c>.</summary>
internal sealed class SuspendPassStep(PassId pass, DateOnly from, DateOnly to, PassSuspensionReason reason) : IScenarioStep
{
    public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) =>
        context.Get<PassIaeService>().SuspendAsync(pass, from, to, reason, cancellationToken);
}

/// <summary><c>prolongPass: { pass, months | end, reason }</c>: the holder's <c>rqth</c> flag goes to the RQTH check.</summary>
internal sealed class ProlongPassStep(PassId pass, int? months, DateOnly? end, PassProlongationReason reason) : IScenarioStep
{
    public async Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var service = context.Get<PassIaeService>();
        var current = await service.GetAsync(pass, cancellationToken).ConfigureAwait(false);
        var newEnd = end ?? current.EndAfterMonths(months!.Value);
        var rqth = context.Person(current.Person.Value).Rqth;
        await service.ProlongAsync(pass, newEnd, reason, rqth, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>renew: { contract, months | end, extension?, trainingEnd?, on? }</c>: the employee's <c>rqth</c> flag goes to the RQTH check.</summary>
internal sealed class RenewStep(ContractId contract, int? months, DateOnly? end, CddiExtension? extension, DateOnly? trainingEnd, DateOnly? on) : IScenarioStep
{
    public async Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var service = context.Get<CddiService>();
        var current = await service.GetAsync(contract, cancellationToken).ConfigureAwait(false);
        var newEnd = end ?? current.EndAfterMonths(months!.Value);
        var rqth = context.Person(current.Person.Value).Rqth;
        await service.RenewAsync(contract, new CddiRenewal(newEnd, extension, trainingEnd, on), rqth, cancellationToken).ConfigureAwait(false);
    }
}
