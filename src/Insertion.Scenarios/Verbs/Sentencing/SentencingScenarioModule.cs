using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Scenarios.Verbs.Sentencing;

/// <summary>The TIG verbs of SCENARIOS.md: <c>sentence</c>, <c>logTig</c>, <c>paidWork</c>, <c>suspendTig</c>, and <c>expect</c> on a measure.</summary>
internal sealed class SentencingScenarioModule : IScenarioModule
{
    private const string Author = "scenario";

    public void Configure(IInsertionBuilder builder) => builder.AddSentencing();

    public void Register(ScenarioVerbs verbs)
    {
        verbs.Add("sentence", (args, load) =>
        {
            var measure = args.Defines("measure", "measure");
            var person = load.Person(args);
            var sentence = new TigSentence
            {
                Measure = new MeasureId(measure),
                Person = person.Id,
                Hours = args.Hours("hours"),
                From = args.Date("from"),
                Months = args.Int("months"),
            };
            if (sentence.Months > 0 && !DeadlineFits(sentence.From, sentence.Months))
            {
                throw args.Error("from", $"field 'from': {IsoDates.Format(sentence.From)} + {sentence.Months} months is past the last representable date");
            }
            // A measure sentenced twice never gets here: the runner refuses an id introduced twice (exit 2).
            return new Step((ctx, ct) => ctx.Get<TigService>().SentenceAsync(sentence, ct));
        });

        verbs.Add("logTig", (args, _) =>
        {
            var measure = new MeasureId(args.Refers("measure", "measure"));
            var on = args.Date("on");
            var hours = args.Hours("hours");
            var kind = args.Enum<TigEntryKind>("kind");
            var key = args.Text("key");
            if (hours.Minutes <= 0)
            {
                throw args.Error("hours", "field 'hours': must be more than 0");
            }
            return new Step((ctx, ct) => ctx.Get<TigService>().LogAsync(measure, on, hours, kind, key, Author, ct));
        });

        verbs.Add("paidWork", (args, load) =>
        {
            var person = load.Person(args).Id;
            var week = args.Week("week");
            var hours = args.Hours("hours");
            if (hours.Minutes < 0)
            {
                throw args.Error("hours", "field 'hours': may not be negative");
            }
            return new Step((ctx, ct) => ctx.Get<DeclaredPaidWork>().DeclareAsync(person, week, hours, ct));
        });

        verbs.Add("suspendTig", (args, _) =>
        {
            var measure = new MeasureId(args.Refers("measure", "measure"));
            var from = args.Date("from");
            var to = args.Date("to");
            var reason = args.Enum<TigSuspensionReason>("reason");
            return new Step(async (ctx, ct) =>
            {
                var tig = ctx.Get<TigService>();
                // A deadline moved past 9999-12-31 is the input leaving the calendar (exit 2), not a refusal.
                if (to >= from && await tig.FindAsync(measure, ct).ConfigureAwait(false) is { State: not TigState.Completed } m
                    && (long)m.Deadline.DayNumber + to.DayNumber - from.DayNumber + 1 > DateOnly.MaxValue.DayNumber)
                {
                    throw args.Error("to", $"field 'to': the suspension {IsoDates.Format(from)}..{IsoDates.Format(to)} would move the deadline {IsoDates.Format(m.Deadline)} past the calendar's last day (9999-12-31)");
                }
                await tig.SuspendAsync(measure, from, to, reason, ct).ConfigureAwait(false);
            });
        });

        verbs.Expect(new ExpectTarget<TigMeasure>("measure", (ctx, id, ct) => ctx.Services.GetRequiredService<TigService>().FindAsync(new MeasureId(id), ct))
            .Field("state", ExpectKind.Text, m => m.State)
            .Field("done", ExpectKind.Hours, m => m.Done)
            .Field("remaining", ExpectKind.Hours, m => m.Remaining)
            .Field("pedagogical", ExpectKind.Hours, m => m.Pedagogical)
            .Field("hours", ExpectKind.Hours, m => m.Hours)
            .Field("deadline", ExpectKind.Date, m => m.Deadline));
    }

    private static bool DeadlineFits(DateOnly from, int months)
    {
        try
        {
            _ = LegalDates.MonthsEnd(from, months);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private sealed class Step(Func<ScenarioContext, CancellationToken, Task> run) : IScenarioStep
    {
        public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
    }
}
