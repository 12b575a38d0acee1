using System.Runtime.CompilerServices;
using Insertion.Abstractions;
using Insertion.Cohorts;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Scenarios.Verbs.Cohorts;

/// <summary>
/// The Cohorts verbs (SCENARIOS.md, "Cohorts"): openCohort, enrol, withdraw, exam, outcome, and
/// closeCohort; <c>expect: { cohort, … }</c> reads the outcome funnel computed from the events.
/// </summary>
internal sealed class CohortsScenarioModule : IScenarioModule
{
    // The programme of each cohort opened so far in the file being bound (one load context per binding): a second
    // openCohort of the same id and an unknown certification block are format errors, not run-time crashes.
    private readonly ConditionalWeakTable<ScenarioLoadContext, Dictionary<string, ProgrammeDefinition>> _opened = [];

    public void Configure(IInsertionBuilder builder) => builder.AddCohorts();

    public void Register(ScenarioVerbs verbs)
    {
        verbs.Add("openCohort", (args, load) =>
        {
            var cohort = args.Defines("cohort", "cohort");
            var programme = load.Programme(args);
            var start = args.Date("start");
            var capacity = args.OptionalInt("capacity");
            if (capacity < 0)
            {
                throw args.Error("capacity", $"capacity {capacity} is negative (a number of people, 0 or more)");
            }
            var opened = _opened.GetOrCreateValue(load);
            if (!opened.TryAdd(cohort, programme))
            {
                throw args.Error("cohort", $"cohort '{cohort}' is already opened by an earlier step");
            }
            return new Step((ctx, ct) => Service(ctx).OpenAsync(new CohortId(cohort), programme.Id, start, capacity, ct));
        });
        verbs.Add("enrol", (args, load) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var person = load.Person(args);
            var on = args.Date("on");
            return new Step((ctx, ct) => Service(ctx).EnrolAsync(new CohortId(cohort), person.Id, on, person.UnderJustice, ct));
        });
        verbs.Add("withdraw", (args, load) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var person = load.Person(args);
            var on = args.Date("on");
            var reason = args.Text("reason");
            return new Step((ctx, ct) => Service(ctx).WithdrawAsync(new CohortId(cohort), person.Id, on, reason, ct));
        });
        verbs.Add("exam", (args, load) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var person = load.Person(args);
            var on = args.Date("on");
            var result = args.Enum<ExamResult>("result");
            var block = args.OptionalText("block");
            if (block is not null && _opened.TryGetValue(load, out var opened) && opened.TryGetValue(cohort, out var programme)
                && !programme.CertificationBlocks.Contains(block, StringComparer.OrdinalIgnoreCase))
            {
                throw args.Error("block", $"programme {programme.Id} has no certification block '{block}' (blocks: {string.Join(", ", programme.CertificationBlocks.DefaultIfEmpty("none"))})");
            }
            return new Step((ctx, ct) => Service(ctx).RecordExamAsync(new CohortId(cohort), person.Id, on, result, block, ct));
        });
        verbs.Add("outcome", (args, load) =>
        {
            var person = load.Person(args);
            var on = args.Date("on");
            var kind = args.Enum<OutcomeKind>("kind");
            return new Step((ctx, ct) => Service(ctx).RecordOutcomeAsync(person.Id, on, kind, ct));
        });
        verbs.Add("closeCohort", (args, _) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var on = args.Date("on");
            return new Step((ctx, ct) => Service(ctx).CloseAsync(new CohortId(cohort), on, ct));
        });
        verbs.Expect(new ExpectTarget<CohortView>("cohort", FindAsync)
            .Field("state", ExpectKind.Text, v => v.Cohort.State)
            .Field("start", ExpectKind.Date, v => v.Cohort.Start)
            .Field("end", ExpectKind.Date, v => v.Cohort.End)
            .Field("capacity", ExpectKind.Number, v => v.Cohort.Capacity)
            .Field("enrolled", ExpectKind.Number, v => v.Counts.Enrolled)
            .Field("women", ExpectKind.Number, v => v.Counts.Women)
            .Field("men", ExpectKind.Number, v => v.Counts.Men)
            .Field("other", ExpectKind.Number, v => v.Counts.Other)
            .Field("underJustice", ExpectKind.Number, v => v.Counts.UnderJustice)
            .Field("followed", ExpectKind.Number, v => v.Counts.Followed)
            .Field("satExam", ExpectKind.Number, v => v.Counts.SatExam)
            .Field("passed", ExpectKind.Number, v => v.Counts.Passed)
            .Field("employedWithin1Month", ExpectKind.Number, v => v.Counts.EmployedWithin1Month)
            .Field("employedWithin6Months", ExpectKind.Number, v => v.Counts.EmployedWithin6Months));
    }

    private static CohortService Service(ScenarioContext ctx) => ctx.Get<CohortService>();

    // The cohort and its funnel, read together from the store (the funnel is rebuilt from the stored events).
    private static async Task<CohortView?> FindAsync(ScenarioContext ctx, string id, CancellationToken cancellationToken)
    {
        var cohorts = Service(ctx);
        if (await cohorts.FindAsync(new CohortId(id), cancellationToken).ConfigureAwait(false) is not { } cohort)
        {
            return null;
        }
        var funnel = await cohorts.FunnelAsync(cohort.Id, cancellationToken).ConfigureAwait(false);
        return new CohortView(cohort, funnel.Counts);
    }

    private sealed record CohortView(Cohort Cohort, FunnelCounts Counts);

    private sealed class Step(Func<ScenarioContext, CancellationToken, Task> run) : IScenarioStep
    {
        public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
    }
}
