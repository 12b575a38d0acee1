using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Scenarios.Verbs.Contracts;

/// <summary><c>workHours: { contract, on, hours, key }</c>: paid hours of a CDDI on one day (SCENARIOS.md, "Worked hours and exits").</summary>
internal sealed class WorkHoursStep(ContractId contract, DateOnly on, WorkMinutes hours, string key) : IScenarioStep
{
    /// <summary>Who records the scenario's entries.</summary>
    internal const string Author = "scenario";

    public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) =>
        context.Get<WorkedHoursService>().RecordAsync(new WorkedHoursLine(contract, on, hours, key, Author), cancellationToken);
}

/// <summary><c>exit: { contract, situation }</c>: where the person went when the contract ended.</summary>
internal sealed class ExitStep(ContractId contract, ExitSituation situation) : IScenarioStep
{
    public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) =>
        context.Get<ExitService>().RecordAsync(contract, situation, cancellationToken);
}

/// <summary>What <c>expect: { contract, … }</c> compares: the contract and its ledger's paid hours.</summary>
internal sealed record ContractFigures(CddiContract Contract, WorkMinutes PaidHours);

/// <summary>
/// What <c>expect: { year, etp, exits, durable, transitional, positive, other }</c> compares: the
/// structure (an ACI) over every contract of the scenario.
/// </summary>
internal sealed record YearFigures(decimal Etp, ExitRates Exits)
{
    /// <summary>The ACI's annual ETP base in paid hours (DOMAIN.md §2, SCENARIOS.md).</summary>
    internal const decimal EtpBaseHours = 1820m;

    internal static async Task<YearFigures?> FindAsync(ScenarioContext context, string id, CancellationToken cancellationToken)
    {
        if (ContractsScenarioModule.CheckYear(id) is not null)
        {
            return null;
        }
        var year = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        var paid = await context.Get<WorkedHoursService>().PaidHoursInYearAsync(year, cancellationToken).ConfigureAwait(false);
        var exits = await context.Get<ExitService>().ReportAsync(year, cancellationToken).ConfigureAwait(false);
        return new YearFigures(paid.Minutes / 60m / EtpBaseHours, exits.Total);
    }
}
