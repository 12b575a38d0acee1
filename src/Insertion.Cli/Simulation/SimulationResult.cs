using System.Globalization;
using Insertion.Abstractions;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Cli.Simulation;

/// <summary>What a simulated year produced, read back from the store through the services: ids and figures only.</summary>
internal sealed record SimulationResult(
    SimulationOptions Options,
    IReadOnlyDictionary<string, SiteSizes> Sizes,
    DateOnly From,
    DateOnly To,
    int Commands,
    IReadOnlyList<CddiContract> Contracts,
    IReadOnlyDictionary<ContractId, WorkMinutes> PaidHours,
    IReadOnlyList<ContractExit> Exits,
    StructureYearReport Year,
    IReadOnlyList<CohortFunnel> Funnels,
    IReadOnlyList<AlternancePlan> Plans,
    IReadOnlyList<TigMeasure> Measures,
    int Attestations,
    IReadOnlyDictionary<string, int> Refusals,
    IReadOnlyList<ParameterOverride> Overrides,
    IReadOnlyDictionary<string, FrenchCalendar> Calendars)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<SimulationResult> CollectAsync(IServiceProvider provider, SimulationOptions options, IReadOnlyDictionary<string, SiteSizes> sizes,
        DateOnly from, DateOnly to, IReadOnlyList<(string Site, CohortId Cohort)> cohortIds, IReadOnlyDictionary<string, int> refusals, int commands, CancellationToken ct)
    {
        var scope = provider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var sp = scope.ServiceProvider;
            var contracts = (await sp.GetRequiredService<IRepository<CddiContract>>().ListAsync(ct).ConfigureAwait(false))
                .OrderBy(c => c.Id.Value, StringComparer.Ordinal).ToList();
            var hours = sp.GetRequiredService<WorkedHoursService>();
            var paid = new Dictionary<ContractId, WorkMinutes>();
            foreach (var c in contracts)
            {
                paid[c.Id] = await hours.PaidHoursAsync(c.Id, ct).ConfigureAwait(false);
            }
            var exits = (await sp.GetRequiredService<IRepository<ContractExit>>().ListAsync(ct).ConfigureAwait(false))
                .OrderBy(e => e.Contract.Value, StringComparer.Ordinal).ToList();
            var conventioned = ConventionedEtp(contracts, options.Year);
            var year = await sp.GetRequiredService<StructureYearReportService>()
                .ReportAsync(new StructureYearReportRequest(options.Year, conventioned, 5m, new DateOnly(options.Year, 12, 31)), ct).ConfigureAwait(false);
            var cohorts = sp.GetRequiredService<CohortService>();
            var funnels = new List<CohortFunnel>();
            var plans = new List<AlternancePlan>();
            var sites = sp.GetRequiredService<SiteRegistry>();
            foreach (var group in cohortIds.GroupBy(c => c.Site))
            {
                var opened = new List<Cohort>();
                foreach (var (_, id) in group)
                {
                    if (await cohorts.FindAsync(id, ct).ConfigureAwait(false) is { } cohort)
                    {
                        opened.Add(cohort);
                        funnels.Add(await cohorts.FunnelAsync(id, ct).ConfigureAwait(false));
                    }
                }
                if (opened.Count > 0)
                {
                    var period = new DateRange(opened.Min(c => c.Start), opened.Max(c => c.End));
                    plans.Add(new AlternancePlanner().Plan(PlanningRequest.ForSite(sites.Get(group.Key), opened, period)));
                }
            }
            var tig = sp.GetRequiredService<TigService>();
            var measures = (await tig.ListAsync(cancellationToken: ct).ConfigureAwait(false)).OrderBy(m => m.Id.Value, StringComparer.Ordinal).ToList();
            var reports = sp.GetRequiredService<TigReportService>();
            var attestations = 0;
            foreach (var m in measures.Where(m => m.State == TigState.Completed))
            {
                _ = await reports.AttestationAsync(m.Id, m.CompletedOn ?? to, ct).ConfigureAwait(false);
                attestations++;
            }
            var overrides = sp.GetRequiredService<LegalParameters>().Overrides.Concat(year.Overrides).Distinct().ToList();
            return new SimulationResult(options, sizes, from, to, commands, contracts, paid, exits, year, funnels, plans, measures, attestations,
                new SortedDictionary<string, int>(refusals.ToDictionary(), StringComparer.Ordinal), overrides,
                options.Sites.ToDictionary(s => s, s => FrenchCalendar.For(sites.Get(s)), StringComparer.Ordinal));
        }
    }

    // The agreement's conventioned ETP: the planned paid hours of the year's contracts at hire, to the half ETP (an input of the annual agreement in real life).
    private static decimal ConventionedEtp(IEnumerable<CddiContract> contracts, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var minutes = 0m;
        foreach (var c in contracts)
        {
            var from = c.Start > first ? c.Start : first;
            var to = c.InitialEnd < last ? c.InitialEnd : last;
            if (to >= from && c.WeeklyHoursOn(c.Start) is { } weekly)
            {
                minutes += weekly.Minutes * (to.DayNumber - from.DayNumber + 1) / 7m;
            }
        }
        return Math.Max(0.5m, Math.Round(minutes / 60m / 1820m * 2m, MidpointRounding.AwayFromZero) / 2m);
    }

    public string Period => $"{IsoDates.Format(From)} to {IsoDates.Format(To)}";

    private static string P(decimal? rate) => rate is { } r ? (100m * r).ToString("0.0", Inv) + " %" : "—";

    private static string H(WorkMinutes m) => m.Hours.ToString("0.##", Inv);

    private static string D(decimal d, int places = 2) => Math.Round(d, places, MidpointRounding.AwayFromZero).ToString("F" + places, Inv);

    /// <summary>Every table of the report, in the order shown.</summary>
    public IReadOnlyList<ReportTable> Tables() =>
    [
        ContractsByState(), ContractList(), EtpByMonth(), Aid(), ExitsByWorkshop(), FunnelTable(), TigByState(), TigList(), RefusalTable(), ParameterTable(),
    ];

    public ReportTable ContractsByState()
    {
        var states = Enum.GetValues<CddiState>();
        var rows = Contracts.GroupBy(c => c.Workshop.Value).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, .. states.Select(s => g.Count(c => c.State == s).ToString(Inv)), g.Count().ToString(Inv)])
            .Append([ "all", .. states.Select(s => Contracts.Count(c => c.State == s).ToString(Inv)), Contracts.Count.ToString(Inv) ])
            .ToList();
        return new("contracts-by-state", "CDDI by workshop and state at the end of the run", ["workshop", .. states.Select(s => s.ToString()), "total"], rows);
    }

    public ReportTable ContractList() => new("contracts", "Every CDDI (ids only)",
        ["contract", "person", "workshop", "start", "last day", "state", "end reason", "weekly hours", "paid hours"],
        Contracts.Select(c => (IReadOnlyList<string>)[c.Id.Value, c.Person.Value, c.Workshop.Value, IsoDates.Format(c.Start), IsoDates.Format(c.EndedOn ?? c.End),
            c.State.ToString(), c.EndReason?.ToString() ?? "", H(c.WeeklyHoursOn(c.Start) ?? WorkMinutes.Zero), H(PaidHours.GetValueOrDefault(c.Id))]));

    public ReportTable EtpByMonth() => new("etp-by-month", $"ETP realised vs conventioned, {Options.Year} (1 ETP = 1 820 paid hours, ACI)",
        ["month", "paid hours", "ETP realised", "realised cumulative", "ETP conventioned", "conventioned cumulative", "projected cumulative"],
        Year.Months.Select(m => (IReadOnlyList<string>)[$"{Options.Year}-{m.Month:D2}", H(m.Hours), D(m.Realised, 4), D(m.RealisedCumulative, 4), D(m.Conventioned, 4), D(m.ConventionedCumulative, 4), D(m.ProjectedCumulative, 4)]).ToList());

    public ReportTable Aid() => new("aide-au-poste", $"Aide au poste, {Options.Year}: conventioned {D(Year.ConventionedEtp, 1)} ETP, modulated part {D(Year.ModulationPercent, 1)} %",
        ["period", "agreement pays (€)", "earned by hours (€)", "gap (€)"],
        [.. Year.AidMonths.Select(a => (IReadOnlyList<string>)[$"{IsoDates.Format(a.Period.Start)} to {IsoDates.Format(a.Period.End)}", D(a.Agreement), D(a.Earned), D(a.Gap)]),
         .. Year.AidYear is { } y ? new[] { (IReadOnlyList<string>)["year", D(y.Agreement), D(y.Earned), D(y.Gap)] } : []]);

    public ReportTable ExitsByWorkshop() => new("exits-by-workshop", $"Exits of contracts whose last day is in {Options.Year}, by category",
        ["workshop", "exits", "durable", "transitional", "positive", "other", "dynamic-exit rate"],
        [.. Year.ExitsByWorkshop.Select(Row), Row(Year.Exits)]);

    private static IReadOnlyList<string> Row(ExitRates r) =>
        [r.Workshop?.Value ?? "all", r.Exits.ToString(Inv), r.Durable.ToString(Inv), r.Transitional.ToString(Inv), r.Positive.ToString(Inv), r.Other.ToString(Inv), P(r.Exits == 0 ? null : r.DynamicRate)];

    public ReportTable FunnelTable() => new("funnels", "AQI promotions: the funnel from enrolment to a job",
        ["cohort", "start", "end", "enrolled", "women", "men", "under justice", "followed", "sat exam", "passed", "job ≤ 1 month", "followed %", "success %", "job %"],
        Funnels.Select(f => (IReadOnlyList<string>)[f.Cohort.Value, IsoDates.Format(f.Start), IsoDates.Format(f.End), .. new[] { f.Counts.Enrolled, f.Counts.Women, f.Counts.Men, f.Counts.UnderJustice, f.Counts.Followed, f.Counts.SatExam, f.Counts.Passed, f.Counts.EmployedWithin1Month }.Select(n => n.ToString(Inv)),
            P(f.Counts.FollowedRate), P(f.Counts.ExamSuccessRate), P(f.Counts.EmployedWithin1MonthRate)]).ToList());

    public ReportTable TigByState() => new("tig-by-state", "TIG measures by state at the end of the run",
        ["state", "measures", "hours sentenced", "hours done", "of which SOA (pedagogical)"],
        Enum.GetValues<TigState>().Select(s => Measures.Where(m => m.State == s).ToList())
            .Select((list, i) => (IReadOnlyList<string>)[Enum.GetValues<TigState>()[i].ToString(), list.Count.ToString(Inv),
                H(list.Aggregate(WorkMinutes.Zero, (a, m) => a + m.Hours)), H(list.Aggregate(WorkMinutes.Zero, (a, m) => a + m.Done)), H(list.Aggregate(WorkMinutes.Zero, (a, m) => a + m.Pedagogical))]).ToList());

    public ReportTable TigList() => new("tig-measures", "Every TIG measure (ids only)",
        ["measure", "person", "hours", "done", "pedagogical", "state", "deadline"],
        Measures.Select(m => (IReadOnlyList<string>)[m.Id.Value, m.Person.Value, H(m.Hours), H(m.Done), H(m.Pedagogical), m.State.ToString(), IsoDates.Format(m.Deadline)]));

    public ReportTable RefusalTable() => new("refusals", "Refusals: the rules at work (each is a command the rules refused)",
        ["code", "refusals", "rule", "source"],
        Refusals.Select(r => (IReadOnlyList<string>)[r.Key, r.Value.ToString(Inv), RuleCodes.Find(r.Key)?.Summary ?? "", RuleCodes.Find(r.Key)?.Source ?? ""]).ToList());

    public ReportTable ParameterTable() => new("parameters", "Parameters in force and their sources (overrides listed, never silent)",
        ["parameter", "period", "value", "source"],
        [.. Year.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, $"{IsoDates.Format(p.Period.Start)} to {IsoDates.Format(p.Period.End)}", p.Value, p.Source]),
         .. Overrides.Select(o => (IReadOnlyList<string>)[o.Name, "override", o.Value, $"override by {o.By} (default {o.DefaultValue})"])]);
}
