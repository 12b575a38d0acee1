using BenchmarkDotNet.Attributes;
using Insertion.Abstractions;
using Insertion.Cohorts;

namespace Insertion.Benchmarks.Cohorts;

/// <summary>A national network: n sites, each with three overlapping promotions of 15 people over one year.</summary>
internal static class Network
{
    private static readonly DateOnly Year = new(2026, 1, 5);

    private static readonly ProgrammeDefinition Aqi = new()
    {
        Id = "aqi",
        Name = "AQI",
        LengthMonths = 8,
        Capacity = 15,
        PromotionsPerYear = 3,
        PlacementMinWeeks = 6,
        PlacementMaxWeeks = 8,
        Rotation = [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production],
        LocationOf = new Dictionary<ActivityKind, string>
        {
            [ActivityKind.PracticalTraining] = "platform",
            [ActivityKind.Production] = "kitchen",
            [ActivityKind.Theory] = "classroom",
            [ActivityKind.Exam] = "classroom",
        },
        Certification = "TP",
    };

    public static List<PlanningRequest> Build(int sites)
    {
        var calendar = new FrenchCalendar(closures: [new DateRange(new(2026, 8, 3), new(2026, 8, 14))]);
        var period = new DateRange(Year, Year.AddYears(1).AddDays(-1));
        return Enumerable.Range(0, sites).Select(s => new PlanningRequest
        {
            SiteId = $"site{s}",
            Period = period,
            Locations = [new("kitchen", "Kitchen", 1), new("platform", "Platform", 1), new("classroom", "Classroom", 2)],
            Calendar = calendar,
            Cohorts = Enumerable.Range(0, 3).Select(k => new CohortToPlan(new CohortId($"site{s}-k{k}"), Aqi, Year.AddDays(7 * (s % 4) + 119 * k),
                Enumerable.Range(0, 15).Select(p => new PersonId($"site{s}-k{k}-p{p}")).ToList())).ToList(),
            LocationConstraints = [new SafetyInductionRequired("platform", "equipment")],
            PersonConstraints = [new MandatoryAppointment(new PersonId($"site{s}-k0-p0"), Year.AddDays(9))],
        }).ToList();
    }

    public static int PlanAll(IAlternancePlanner planner, List<PlanningRequest> requests)
    {
        var n = 0;
        foreach (var r in requests)
        {
            n += planner.Plan(r).People.Count;
        }
        return n;
    }
}

/// <summary>Planning a national network: 300 sites × 3 overlapping promotions × 15 people, one year (budget: under 1 s).</summary>
[MemoryDiagnoser]
public class NetworkPlanningBenchmark
{
    private readonly AlternancePlanner _planner = new();
    private List<PlanningRequest> _requests = [];

    [Params(100, 300)]
    public int Sites { get; set; }

    [GlobalSetup]
    public void Setup() => _requests = Network.Build(Sites);

    [Benchmark]
    public int PlanNetwork() => Network.PlanAll(_planner, _requests);
}

/// <summary>Linearity: planning 300 sites at once costs about 3 × planning 100 sites (budget 1.5 on the ratio 300 / (3 × 100)).</summary>
public sealed class NetworkPlanningLinearity : IQuickRatio
{
    private readonly AlternancePlanner _planner = new();
    private List<PlanningRequest> _big = [];
    private List<PlanningRequest> _small = [];
    private bool _warm;

    public string Name => "Cohorts: plan 300 sites vs 3 × 100 sites (linear in sites)";

    public double Budget => 1.5;

    public void Setup()
    {
        _big = Network.Build(300);
        _small = Network.Build(100);
        // Not timed: warm the JIT up to its optimised tier once (both sides run the same code; the runner
        // times the library side first, which would otherwise pay for tier-0 code), then start each run
        // from a clean heap.
        if (!_warm)
        {
            for (var i = 0; i < 4; i++)
            {
                Network.PlanAll(_planner, _small);
                Thread.Sleep(150);
            }
            _warm = true;
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public void Library() => Network.PlanAll(_planner, _big);

    public void Baseline()
    {
        for (var i = 0; i < 3; i++)
        {
            Network.PlanAll(_planner, _small);
        }
    }
}
