using Insertion.Abstractions;
using Insertion.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Scenarios.Verbs.Contracts;

/// <summary>
/// The PASS IAE, CDDI, worked hours and exits verbs of SCENARIOS.md, over <see cref="PassIaeService"/>,
/// <see cref="CddiService"/>, <see cref="WorkedHoursService"/> and <see cref="ExitService"/>.
/// </summary>
internal sealed class ContractsScenarioModule : IScenarioModule
{
    public void Configure(IInsertionBuilder builder) => builder.AddContracts();

    public void Register(ScenarioVerbs verbs)
    {
        verbs.Add("issuePass", (args, load) =>
        {
            var pass = new PassId(args.Defines("pass", "pass"));
            var person = load.Person(args).Id;
            var start = args.Date("start");
            var end = args.OptionalDate("end");
            if (end < start)
            {
                throw args.Error("end", $"the PASS end {IsoDates.Format(end.Value)} is before its start {IsoDates.Format(start)}");
            }
            return new IssuePassStep(pass, person, start, end);
        });
        verbs.Add("suspendPass", (args, _) => new SuspendPassStep(
            new PassId(args.Refers("pass", "pass")), args.Date("from"), args.Date("to"), args.Enum<PassSuspensionReason>("reason")));
        verbs.Add("prolongPass", (args, _) =>
        {
            var pass = new PassId(args.Refers("pass", "pass"));
            var (months, end) = MonthsOrEnd(args);
            return new ProlongPassStep(pass, months, end, args.Enum<PassProlongationReason>("reason"));
        });

        verbs.Add("hire", (args, load) =>
        {
            var contract = new ContractId(args.Defines("contract", "contract"));
            var person = load.Person(args);
            var workshop = new WorkshopId(load.Workshop(args).Id);
            var start = args.Date("start");
            var (months, end) = MonthsOrEnd(args);
            var weeklyHours = args.Hours("weeklyHours");
            var trialDays = args.OptionalInt("trialDays");
            if (trialDays is < 0)
            {
                throw args.Error("trialDays", "'trialDays' must be 0 (no trial) or more");
            }
            var request = new CddiHireRequest(contract, person.Id, workshop, start,
                end ?? HireEnd(args, start, months!.Value),
                weeklyHours, trialDays, person.UnderJustice);
            return new ContractStep((ctx, ct) => ctx.Get<CddiService>().HireAsync(request, ct));
        });
        verbs.Add("confirmTrial", (args, _) => Command(args, (s, id, on) => s.ConfirmTrialAsync(id, on)));
        verbs.Add("failTrial", (args, _) => Command(args, (s, id, on) => s.FailTrialAsync(id, on)));
        verbs.Add("resume", (args, _) => Command(args, (s, id, on) => s.ResumeAsync(id, on)));
        verbs.Add("suspend", (args, _) =>
        {
            var reason = args.Enum<CddiSuspensionReason>("reason");
            return Command(args, (s, id, on) => s.SuspendAsync(id, on, reason));
        });
        verbs.Add("terminate", (args, _) =>
        {
            var reason = args.Enum<CddiTerminationReason>("reason");
            return Command(args, (s, id, on) => s.TerminateAsync(id, on, reason));
        });
        verbs.Add("renew", (args, _) =>
        {
            var id = new ContractId(args.Refers("contract", "contract"));
            var (months, end) = MonthsOrEnd(args);
            var extension = args.OptionalEnum<CddiExtension>("extension");
            var trainingEnd = args.OptionalDate("trainingEnd");
            var on = args.OptionalDate("on");
            return new RenewStep(id, months, end, extension, trainingEnd, on);
        });

        verbs.Add("workHours", (args, _) => new WorkHoursStep(
            new ContractId(args.Refers("contract", "contract")), args.Date("on"), args.Hours("hours"), args.Text("key")));
        verbs.Add("exit", (args, _) => new ExitStep(
            new ContractId(args.Refers("contract", "contract")), args.Enum<ExitSituation>("situation")));

        verbs.Expect(new ExpectTarget<PassIae>("pass", FindPass)
            .Field("start", ExpectKind.Date, p => p.Start)
            .Field("end", ExpectKind.Date, p => p.End)
            .Field("state", ExpectKind.Text, (ctx, p) => p.StateOn(ctx.Date)));
        verbs.Expect(new ExpectTarget<ContractFigures>("contract", FindContractFigures)
            .Field("state", ExpectKind.Text, f => f.Contract.State)
            .Field("start", ExpectKind.Date, f => f.Contract.Start)
            .Field("end", ExpectKind.Date, f => f.Contract.EndedOn ?? f.Contract.End) // the last day: the term, or the day of an early end
            .Field("trialEnd", ExpectKind.Date, f => f.Contract.TrialEnd)
            .Field("endReason", ExpectKind.Text, f => f.Contract.EndReason)
            .Field("weeklyHours", ExpectKind.Hours, (ctx, f) => f.Contract.WeeklyHoursOn(ctx.Date < f.Contract.Start ? f.Contract.Start : ctx.Date))
            .Field("paidHours", ExpectKind.Hours, f => f.PaidHours));
        verbs.Expect(new ExpectTarget<YearFigures>("year", YearFigures.FindAsync) { ValueIdCheck = CheckYear }
            .Field("etp", ExpectKind.Approximate, y => y.Etp)
            .Field("exits", ExpectKind.Number, y => y.Exits.Exits)
            .Field("durable", ExpectKind.Number, y => y.Exits.Durable)
            .Field("transitional", ExpectKind.Number, y => y.Exits.Transitional)
            .Field("positive", ExpectKind.Number, y => y.Exits.Positive)
            .Field("other", ExpectKind.Number, y => y.Exits.Other));
    }

    /// <summary>A year of the calendar (1 to 9999), or the reason it is not one.</summary>
    internal static string? CheckYear(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999
            ? null
            : $"'{text}' is not a year (1 to 9999)";

    private static async Task<ContractFigures?> FindContractFigures(ScenarioContext context, string id, CancellationToken cancellationToken)
    {
        var contract = await FindContract(context, id, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            return null;
        }
        var ledger = await context.Get<WorkedHoursService>().FindAsync(contract.Id, cancellationToken).ConfigureAwait(false);
        return new ContractFigures(contract, ledger?.Total ?? WorkMinutes.Zero);
    }

    internal static Task<PassIae?> FindPass(ScenarioContext context, string id, CancellationToken cancellationToken) =>
        context.Get<IRepository<PassIae>>().GetByIdAsync(id, cancellationToken);

    internal static Task<CddiContract?> FindContract(ScenarioContext context, string id, CancellationToken cancellationToken) =>
        context.Get<IRepository<CddiContract>>().GetByIdAsync(id, cancellationToken);

    /// <summary>Reads <c>months | end</c>: exactly one of the two.</summary>
    /// <summary>The most months a step may name (100 years): beyond, the dates leave the calendar.</summary>
    private const int MaxMonths = 1200;

    private static (int? Months, DateOnly? End) MonthsOrEnd(StepArgs args)
    {
        var months = args.OptionalInt("months");
        var end = args.OptionalDate("end");
        if (months is null == end is null)
        {
            throw args.Error(months is null ? "" : "end", "give either 'months' or 'end', not both nor neither");
        }
        if (months is < 1 or > MaxMonths)
        {
            throw args.Error("months", $"'months' must be 1 to {MaxMonths}");
        }
        return (months, end);
    }

    private static DateOnly HireEnd(StepArgs args, DateOnly start, int months)
    {
        try
        {
            return CddiHireRequest.EndAfterMonths(start, months);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw args.Error("months", $"{months} months from {IsoDates.Format(start)} leave the calendar");
        }
    }

    private static ContractStep Command(StepArgs args, Func<CddiService, ContractId, DateOnly, Task<CddiContract>> command)
    {
        var id = new ContractId(args.Refers("contract", "contract"));
        var on = args.Date("on");
        return new ContractStep((ctx, _) => command(ctx.Get<CddiService>(), id, on));
    }
}
