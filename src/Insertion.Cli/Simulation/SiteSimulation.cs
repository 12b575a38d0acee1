using Bogus;
using Insertion.Abstractions;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;
using Insertion.Sites.Ilot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Cli.Simulation;

/// <summary>
/// A year of the Amiens site through the library, from generated people (Bogus, seeded, so the same
/// seed gives the same year): three AQI promotions hired on 8-month CDDI, withdrawals, exams and
/// outcomes, TIG measures beside the CDDI of some people under justice, and the daily sweep every day.
/// Every command goes through the modules' rules; refusals are counted by code, never bypassed.
/// The result carries ids and counts only, never personal data.
/// </summary>
internal sealed class SiteSimulation(int year, int seed, int peoplePerPromotion)
{
    private readonly Dictionary<string, int> _refusals = new(StringComparer.Ordinal);

    public SimulationReport Run()
    {
        var start = new DateOnly(year, 1, 1);
        var clock = new FakeTimeProvider(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock)
            .AddInsertion(b => { CliPlugins.Configure(b); b.AddContracts().AddCohorts().AddSentencing(); });
        using var provider = services.BuildServiceProvider();
        var people = provider.GetRequiredService<IPersonDirectory>();
        var passes = provider.GetRequiredService<PassIaeService>();
        var cddi = provider.GetRequiredService<CddiService>();
        var cohorts = provider.GetRequiredService<CohortService>();
        var tig = provider.GetRequiredService<TigService>();
        var calendar = FrenchCalendar.For(provider.GetRequiredService<SiteRegistry>().Get(AmiensSite.SiteId));
        var faker = new Faker("fr") { Random = new Randomizer(seed) };
        var plan = new SortedDictionary<DateOnly, List<Action>>();
        void At(DateOnly day, Action action)
        {
            if (!plan.TryGetValue(day, out var list))
            {
                plan[day] = list = [];
            }
            list.Add(action);
        }

        var programme = AmiensSite.AqiAmiens;
        var cohortIds = new List<CohortId>();
        foreach (var (month, k) in new[] { (1, 1), (5, 2), (9, 3) })
        {
            var first = calendar.NextWorkingDay(new DateOnly(year, month, 1));
            var cohortStart = calendar.NextWorkingDay(first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7));
            var cohort = new CohortId($"amiens-{year}-{k}");
            var cohortEnd = LegalDates.MonthsEnd(cohortStart, programme.LengthMonths);
            cohortIds.Add(cohort);
            At(cohortStart, () => cohorts.OpenAsync(cohort, programme.Id, cohortStart).GetAwaiter().GetResult());
            for (var i = 1; i <= peoplePerPromotion; i++)
            {
                var person = new PersonId($"{cohort}-p{i:D2}");
                var profile = new PersonProfile(person, DateOnly.FromDateTime(faker.Date.Between(new DateTime(year - 58, 1, 1), new DateTime(year - 18, 1, 1))),
                    faker.Random.Bool(0.4f) ? Sex.F : Sex.M);
                var underJustice = faker.Random.Bool(0.3f);
                people.RegisterAsync(profile).GetAwaiter().GetResult();
                var contract = new ContractId($"{person}-cddi");
                At(cohortStart, () =>
                {
                    Try(() => passes.IssueAsync(new PassId($"{person}-pass"), person, cohortStart).GetAwaiter().GetResult());
                    Try(() => cddi.HireAsync(new CddiHireRequest(contract, person, new WorkshopId(programme.WorkshopId!), cohortStart,
                        LegalDates.MonthsEnd(cohortStart, programme.CddiMonths ?? 8), WorkMinutes.FromHours(26), SentenceAdjustment: underJustice)).GetAwaiter().GetResult());
                    Try(() => cohorts.EnrolAsync(cohort, person, cohortStart, underJustice).GetAwaiter().GetResult());
                });
                if (faker.Random.Bool(0.14f))
                {
                    var leave = calendar.NextWorkingDay(cohortStart.AddDays(faker.Random.Int(35, 120)));
                    At(leave, () =>
                    {
                        Try(() => cohorts.WithdrawAsync(cohort, person, leave, "personal").GetAwaiter().GetResult());
                        Try(() => cddi.TerminateAsync(contract, leave, CddiTerminationReason.MutualAgreement).GetAwaiter().GetResult());
                    });
                    continue;
                }
                var examDay = calendar.NextWorkingDay(cohortEnd.AddDays(-14));
                var result = faker.Random.Bool(0.85f) ? (faker.Random.Bool(0.9f) ? ExamResult.Passed : ExamResult.Failed) : ExamResult.Absent;
                At(examDay, () => Try(() => cohorts.RecordExamAsync(cohort, person, examDay, result).GetAwaiter().GetResult()));
                var outcomeDay = cohortEnd.AddDays(faker.Random.Int(-10, 45));
                var outcome = faker.PickRandom(OutcomeKind.PermanentJob, OutcomeKind.FixedTermJob6Months, OutcomeKind.ShortJob, OutcomeKind.Training, OutcomeKind.None, OutcomeKind.None);
                At(outcomeDay, () => Try(() => cohorts.RecordOutcomeAsync(person, outcomeDay, outcome).GetAwaiter().GetResult()));
                if (underJustice && faker.Random.Bool(0.5f))
                {
                    var measure = new MeasureId($"{person}-tig");
                    var hours = faker.Random.Int(40, 140);
                    At(cohortStart, () => Try(() => tig.SentenceAsync(new TigSentence { Measure = measure, Person = person, Hours = WorkMinutes.FromHours(hours), From = cohortStart, Months = 12 }).GetAwaiter().GetResult()));
                    for (var saturday = cohortStart.AddDays(5); saturday <= cohortStart.AddDays(360); saturday = saturday.AddDays(7))
                    {
                        var day = saturday;
                        var kind = faker.Random.Bool(0.3f) ? TigEntryKind.Pedagogical : TigEntryKind.Task;
                        var minutes = WorkMinutes.FromHours(faker.Random.Int(5, 9));
                        At(day, () =>
                        {
                            if (tig.FindAsync(measure).GetAwaiter().GetResult() is { IsOpen: true } m && m.Remaining.Minutes > 0)
                            {
                                Try(() => tig.LogAsync(measure, day, minutes < m.Remaining ? minutes : m.Remaining, kind, $"sat-{IsoDates.Format(day)}", "simulation").GetAwaiter().GetResult());
                            }
                        });
                    }
                }
            }
        }

        var sweeps = provider.GetServices<IDailySweep>().ToList();
        var last = new DateOnly(year + 1, 12, 31);
        for (var day = start; day <= last; day = day.AddDays(1))
        {
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            foreach (var sweep in sweeps)
            {
                sweep.RunAsync(day).GetAwaiter().GetResult();
            }
            if (plan.TryGetValue(day, out var actions))
            {
                actions.ForEach(a => a());
            }
        }

        var contracts = provider.GetRequiredService<IRepository<CddiContract>>().ListAsync().GetAwaiter().GetResult();
        var measures = tig.ListAsync().GetAwaiter().GetResult();
        return new SimulationReport(
            year, seed,
            cohortIds.Select(id => cohorts.FunnelAsync(id).GetAwaiter().GetResult()).ToList(),
            contracts.Count,
            contracts.GroupBy(c => c.EndReason?.ToString() ?? c.State.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            measures.Count,
            measures.Count(m => m.State == TigState.Completed),
            measures.Aggregate(WorkMinutes.Zero, (s, m) => s + m.Done),
            measures.Aggregate(WorkMinutes.Zero, (s, m) => s + m.Pedagogical),
            new SortedDictionary<string, int>(_refusals, StringComparer.Ordinal));
    }

    private void Try(Action command)
    {
        try
        {
            command();
        }
        catch (RuleViolationException ex)
        {
            _refusals[ex.Violation.Code] = _refusals.GetValueOrDefault(ex.Violation.Code) + 1;
        }
    }
}
