using Insertion.Abstractions;
using Insertion.Cli.Reporting;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;

namespace Insertion.Cli.Simulation;

/// <summary>The main job's <c>report.html</c>: one self-contained page a CIP or a director reads on a laptop.</summary>
internal static class SimulationPage
{
    private const int MaxRows = 150;

    public static string Render(SimulationResult r)
    {
        var calendars = r.Calendars;
        var sites = string.Join(", ", r.Options.Sites);
        var page = new HtmlReport($"Insertion — a simulated year, {sites} {r.Options.Year}");
        var people = r.Sizes.Values.Sum(s => s.Total);

        page.Section("summary", "What was simulated",
            $"Activity that started in {r.Options.Year}, followed to its end: {r.Period}. Seed {r.Options.Seed}; {people} people entering "
            + $"({r.Sizes.Values.Sum(s => s.Aqi)} AQI entrants, {r.Sizes.Values.Sum(s => s.Aci)} ACI hires, {r.Sizes.Values.Sum(s => s.Tig)} TIG measures); "
            + $"{r.Commands} commands through the library's public services, {r.Refusals.Values.Sum()} of them refused by a rule (see Refusals).")
            .Table("Where the default sizes and rates come from", ["figure", "source"], SiteSizes.Sources.Select(s => (IReadOnlyList<string>)[s.Figure, s.Source]))
            .EndSection();

        page.Section("calendar", "AQI promotions: the year calendar", "Each row is a promotion, each cell an ISO week, coloured by its activity as planned by the alternance planner; a dot marks a week with a public holiday of the site.");
        var activities = Enum.GetValues<ActivityKind>().Select(a => a.ToString()).ToList();
        foreach (var plan in r.Plans)
        {
            var weeks = new List<IsoWeek>();
            for (var w = IsoWeek.Of(plan.Period.Start); w.Monday <= plan.Period.End; w = w.Next())
            {
                weeks.Add(w);
            }
            var calendar = calendars.GetValueOrDefault(plan.SiteId);
            var holiday = weeks.Select(w => calendar is not null && Enumerable.Range(0, 5).Any(d => calendar.IsPublicHoliday(w.Monday.AddDays(d)))).ToList();
            var rows = plan.Cohorts.Select(c => (c.Cohort.Value, (IReadOnlyList<int?>)weeks.Select(w => c.Weeks.FirstOrDefault(p => p.Week == w) is { } pw ? (int?)(int)pw.Activity : null).ToList(), (IReadOnlyList<bool>)holiday)).ToList();
            page.WeekGrid($"Site {plan.SiteId}: {plan.Cohorts.Count} promotions, {plan.Conflicts.Count} planning conflicts reported", weeks.Select(w => w.ToString()).ToList(), rows, activities);
        }
        page.EndSection();

        page.Section("contracts", "CDDI: contract timelines per workshop", "One bar per contract from its start to its last day (the term, or the day of an early end); colour = workshop.");
        var workshops = r.Contracts.Select(c => c.Workshop.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var shown = r.Contracts.OrderBy(c => c.Workshop.Value, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Take(MaxRows).ToList();
        page.Timeline(r.Contracts.Count > MaxRows ? $"The first {MaxRows} of {r.Contracts.Count} contracts" : $"{r.Contracts.Count} contracts", r.From, r.To,
            shown.Select(c => (c.Id.Value, c.Start, c.EndedOn ?? c.End, workshops.IndexOf(c.Workshop.Value), c.EndReason?.ToString() ?? c.State.ToString())).ToList(), workshops);
        page.Table(r.ContractsByState().Title, r.ContractsByState().Header, r.ContractsByState().Rows).EndSection();

        page.Section("etp", "ETP realised against the agreement", $"Paid hours / 1 820 per month (an ACI's annual ETP base); the agreement's conventioned ETP is {HtmlReport.N(r.Year.ConventionedEtp, 1)}. Projection to December: {HtmlReport.N(r.Year.ProjectedEtp, 2)} ETP.");
        page.BarChart("ETP from January to the end of each month: realised, conventioned (the agreement, pro rata by days) and projected",
            r.Year.Months.Select(m => m.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            [("realised", r.Year.Months.Select(m => m.RealisedCumulative).ToList()), ("conventioned", r.Year.Months.Select(m => m.ConventionedCumulative).ToList()),
             ("projected", r.Year.Months.Select(m => m.ProjectedCumulative).ToList())], "ETP");
        Table(page, r.EtpByMonth());
        Table(page, r.Aid());
        page.EndSection();

        page.Section("exits", "Exits by category", "Counted by the contract's last day in the year; dynamic-exit rate = (durable + transitional + positive) / exits.");
        var exitRows = r.Year.ExitsByWorkshop.Append(r.Year.Exits).ToList();
        page.BarChart("Exits per workshop and category", exitRows.Select(e => e.Workshop?.Value ?? "all").ToList(),
            [("durable", exitRows.Select(e => (decimal)e.Durable).ToList()), ("transitional", exitRows.Select(e => (decimal)e.Transitional).ToList()),
             ("positive", exitRows.Select(e => (decimal)e.Positive).ToList()), ("other", exitRows.Select(e => (decimal)e.Other).ToList())], "exits", decimals: 0);
        Table(page, r.ExitsByWorkshop());
        page.EndSection();

        page.Section("funnels", "AQI funnels", "From enrolment to a job within one month of the promotion's end.");
        foreach (var f in r.Funnels)
        {
            page.Funnel($"{f.Cohort} ({IsoDates.Format(f.Start)} to {IsoDates.Format(f.End)})",
                [("enrolled", f.Counts.Enrolled), ("followed", f.Counts.Followed), ("sat the exam", f.Counts.SatExam), ("passed", f.Counts.Passed), ("job within 1 month", f.Counts.EmployedWithin1Month)]);
        }
        Table(page, r.FunnelTable());
        page.EndSection();

        page.Section("tig", "TIG measures: progress and deadlines", $"Hours done over hours sentenced; red: overdue (the deadline passed with hours left). Attestations issued: {r.Attestations}.");
        page.Progress(r.Measures.Count > MaxRows ? $"The first {MaxRows} of {r.Measures.Count} measures" : $"{r.Measures.Count} measures",
            r.Measures.Take(MaxRows).Select(m => (m.Id.Value, m.Done.Hours, m.Hours.Hours, $"{m.State}, deadline {IsoDates.Format(m.Deadline)}", m.State == TigState.Overdue)));
        Table(page, r.TigByState());
        page.EndSection();

        page.Section("refusals", "Refusals by rule", "Every refusal is a rule of the library firing on a command of the simulated year.");
        Table(page, r.RefusalTable());
        page.EndSection();

        page.Section("parameters", "Parameters and overrides in force", "Every legal number used, with its source; overrides are listed, never silent.");
        Table(page, r.ParameterTable());
        page.EndSection();
        return page.Render($"Sites {sites}; period {r.Period}; seed {r.Options.Seed}. Ids only, never names.");
    }

    private static void Table(HtmlReport page, ReportTable t) => page.Table(t.Title, t.Header, t.Rows);
}
