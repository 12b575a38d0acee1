using Insertion.Abstractions;
using Insertion.Cohorts;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>A clock at a fixed day (the services ask it for today).</summary>
internal sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
}

/// <summary>A site with one AQI programme (two certification blocks) and one SOA programme.</summary>
internal sealed class ModuleTestSite : ISite
{
    public string Id => "test-site";
    public string Name => "Test site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations { get; } = [new("kitchen", "Kitchen", 1), new("afec", "AFEC", 1)];
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; } =
    [
        new()
        {
            Id = "aqi-test", Name = "AQI test", LengthMonths = 8, Capacity = 6, PromotionsPerYear = 3, PlacementMinWeeks = 6, PlacementMaxWeeks = 8,
            Rotation = [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production],
            LocationOf = new Dictionary<ActivityKind, string>
            {
                [ActivityKind.PracticalTraining] = "kitchen", [ActivityKind.Production] = "kitchen", [ActivityKind.Theory] = "afec", [ActivityKind.Exam] = "afec",
            },
            Certification = "TP", CertificationBlocks = ["ccp1", "ccp2"],
        },
    ];
    public IReadOnlyList<DateRange> Closures { get; } = [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides { get; } = [];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
        [new SoaProgrammeDefinition { Id = "soa-somme", Territory = TigTerritory.Somme, SessionCapacity = 4, PedagogicalShareMax = 0.4m }];
}

/// <summary>
/// A random year of the Sentencing and Cohorts modules run through their public services (each
/// command in a scope of its own; a refused command is simply not part of the history): TIG
/// measures with task and pedagogical hours, corrections, suspensions, incidents, court decisions,
/// SOA sessions and attendance, declared paid weeks; cohorts with enrolments, withdrawals, exams,
/// outcomes, closes, justice-data disclosures.
/// </summary>
internal static class ModuleYear
{
    public static async Task RunAsync(TestStore store, int seed)
    {
        var r = new Random(seed);
        var year = new DateOnly(2025, 1, 6);
        DateOnly Day(int span = 300) => year.AddDays(r.Next(span));
        async Task Try(Func<IServiceProvider, Task> command)
        {
            try
            {
                await store.InScopeAsync(command);
            }
            catch (RuleViolationException)
            {
            }
            catch (ArgumentException)
            {
            }
        }

        var people = Enumerable.Range(0, 16).Select(i => new PersonProfile(new PersonId($"p{i:D4}"), new DateOnly(1970 + r.Next(35), 1 + r.Next(12), 1 + r.Next(28)), (Sex)r.Next(2))).ToList();
        foreach (var p in people)
        {
            await store.InScopeAsync(sp => sp.GetRequiredService<IPersonDirectory>().RegisterAsync(p));
        }
        // TIG measures.
        var measures = new List<MeasureId>();
        for (var i = 0; i < 10; i++)
        {
            var id = new MeasureId($"m{i:D4}");
            var from = Day(200);
            var territory = r.Next(3) switch { 0 => (TigTerritory?)null, 1 => TigTerritory.Paris, _ => TigTerritory.Somme };
            await Try(sp => sp.GetRequiredService<TigService>().SentenceAsync(new TigSentence
            {
                Measure = id, Person = people[r.Next(people.Count)].Id, Hours = WorkMinutes.FromHours(20 + r.Next(100)),
                From = from, Months = 1 + r.Next(12), Territory = territory, Site = r.Next(2) == 0 ? "test-site" : null,
            }));
            measures.Add(id);
            if (r.Next(2) == 0)
            {
                await Try(sp => sp.GetRequiredService<TigService>().FollowProgrammeAsync(id, "soa-somme"));
            }
        }
        for (var n = 0; n < 80; n++)
        {
            var m = measures[r.Next(measures.Count)];
            var on = Day();
            var k = n;
            await (r.Next(12) switch
            {
                < 7 => Try(sp => sp.GetRequiredService<TigService>().LogAsync(m, on, WorkMinutes.FromHours(1 + r.Next(6)), r.Next(4) == 0 ? TigEntryKind.Pedagogical : TigEntryKind.Task, $"k{k}", "tuteur")),
                7 => Try(sp => sp.GetRequiredService<TigService>().CorrectAsync(m, $"k{r.Next(k + 1)}", $"c{k}", "tuteur")),
                8 => Try(sp => sp.GetRequiredService<TigService>().SuspendAsync(m, on, on.AddDays(r.Next(30)), (TigSuspensionReason)r.Next(3))),
                9 => Try(sp => sp.GetRequiredService<TigService>().RecordIncidentAsync(m, new TigIncident($"i{k}", on, (TigIncidentKind)r.Next(2), r.Next(2) == 0 ? null : "note", "tuteur"))),
                10 when r.Next(4) == 0 => Try(sp => sp.GetRequiredService<TigService>().DecideAsync(m, new TigCourtDecision(on, (TigCourtDecisionKind)r.Next(2), $"ref{k}"))),
                _ => Try(sp => sp.GetRequiredService<DailySweeps>().RunAsync(on)),
            });
        }
        for (var s = 0; s < 4; s++)
        {
            var sid = $"soa{s}";
            var on = Day();
            await Try(sp => sp.GetRequiredService<SoaService>().PlanAsync(sid, "soa-somme", (SoaSessionKind)r.Next(2), on, WorkMinutes.FromHours(2)));
            var attended = measures.Where(_ => r.Next(4) == 0).ToList();
            var absent = measures.Except(attended).Where(_ => r.Next(5) == 0).ToList();
            await Try(sp => sp.GetRequiredService<SoaService>().RecordAttendanceAsync(sid, attended, absent, "cip"));
        }
        for (var w = 0; w < 6; w++)
        {
            var p = people[r.Next(people.Count)].Id;
            var week = IsoWeek.Of(Day());
            await Try(sp => sp.GetRequiredService<DeclaredPaidWork>().DeclareAsync(p, week, WorkMinutes.FromHours(1 + r.Next(20))));
        }
        // Cohorts.
        for (var c = 0; c < 3; c++)
        {
            var id = new CohortId($"k{c}");
            var start = Day(120);
            await Try(sp => sp.GetRequiredService<CohortService>().OpenAsync(id, "aqi-test", start));
            foreach (var p in people.Where(_ => r.Next(3) == 0))
            {
                await Try(sp => sp.GetRequiredService<CohortService>().EnrolAsync(id, p.Id, start.AddDays(r.Next(20) - 5), underJustice: r.Next(3) == 0));
                if (r.Next(4) == 0)
                {
                    await Try(sp => sp.GetRequiredService<CohortService>().WithdrawAsync(id, p.Id, start.AddDays(30 + r.Next(90)), "moved"));
                }
                if (r.Next(2) == 0)
                {
                    await Try(sp => sp.GetRequiredService<CohortService>().RecordExamAsync(id, p.Id, start.AddDays(200), (ExamResult)r.Next(3), r.Next(2) == 0 ? null : "ccp1"));
                }
                if (r.Next(2) == 0)
                {
                    await Try(sp => sp.GetRequiredService<CohortService>().RecordOutcomeAsync(p.Id, start.AddDays(250 + r.Next(30)), (OutcomeKind)r.Next(3)));
                }
            }
            await Try(sp => sp.GetRequiredService<DailySweeps>().RunAsync(start.AddDays(1)));
            if (r.Next(2) == 0)
            {
                await Try(sp => sp.GetRequiredService<CohortService>().CloseAsync(id, start.AddMonths(9)));
            }
            await Try(sp => sp.GetRequiredService<CohortService>().PeopleUnderJusticeAsync(id, "audit"));
        }
    }
}
