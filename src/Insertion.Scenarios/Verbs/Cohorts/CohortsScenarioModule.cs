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
            return new Step(ctx => Service(ctx).Open(new CohortId(cohort), programme.Id, start, capacity));
        });
        verbs.Add("enrol", (args, load) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var person = load.Person(args);
            var on = args.Date("on");
            return new Step(ctx => Service(ctx).Enrol(new CohortId(cohort), person.Id, on, person.UnderJustice));
        });
        verbs.Add("withdraw", (args, load) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var person = load.Person(args);
            var on = args.Date("on");
            var reason = args.Text("reason");
            return new Step(ctx => Service(ctx).Withdraw(new CohortId(cohort), person.Id, on, reason));
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
            return new Step(ctx => Service(ctx).RecordExam(new CohortId(cohort), person.Id, on, result, block));
        });
        verbs.Add("outcome", (args, load) =>
        {
            var person = load.Person(args);
            var on = args.Date("on");
            var kind = args.Enum<OutcomeKind>("kind");
            return new Step(ctx => Service(ctx).RecordOutcome(person.Id, on, kind));
        });
        verbs.Add("closeCohort", (args, _) =>
        {
            var cohort = args.Refers("cohort", "cohort");
            var on = args.Date("on");
            return new Step(ctx => Service(ctx).Close(new CohortId(cohort), on));
        });
        verbs.Expect(new ExpectTarget<Cohort>("cohort", (ctx, id) => Service(ctx).Find(new CohortId(id)))
            .Field("state", ExpectKind.Text, c => c.State)
            .Field("start", ExpectKind.Date, c => c.Start)
            .Field("end", ExpectKind.Date, c => c.End)
            .Field("capacity", ExpectKind.Number, c => c.Capacity)
            .Field("enrolled", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Enrolled)
            .Field("women", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Women)
            .Field("men", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Men)
            .Field("other", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Other)
            .Field("underJustice", ExpectKind.Number, (ctx, c) => Counts(ctx, c).UnderJustice)
            .Field("followed", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Followed)
            .Field("satExam", ExpectKind.Number, (ctx, c) => Counts(ctx, c).SatExam)
            .Field("passed", ExpectKind.Number, (ctx, c) => Counts(ctx, c).Passed)
            .Field("employedWithin1Month", ExpectKind.Number, (ctx, c) => Counts(ctx, c).EmployedWithin1Month)
            .Field("employedWithin6Months", ExpectKind.Number, (ctx, c) => Counts(ctx, c).EmployedWithin6Months));
    }

    private static CohortService Service(ScenarioContext ctx) => ctx.Get<CohortService>();

    private static FunnelCounts Counts(ScenarioContext ctx, Cohort c) => Service(ctx).Funnel(c.Id).Counts;

    private sealed class Step(Action<ScenarioContext> run) : IScenarioStep
    {
        public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
        {
            run(context);
            return Task.CompletedTask;
        }
    }
}
