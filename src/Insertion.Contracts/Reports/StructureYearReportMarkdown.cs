using System.Text;
using Ardalis.GuardClauses;
using static Insertion.Contracts.ReportText;

namespace Insertion.Contracts;

/// <summary>
/// The year report as Markdown a director reads (issue #17): summary, ETP per month, aide au poste,
/// exits, what ends soon, weekly limits, and the parameters behind the figures. Ids only, never names
/// (DOMAIN.md §5); invariant culture, LF line ends; the same report always gives the same text.
/// ETP are shown to 4 places, rates as percentages to 1 place, euros to the cent; the CSV
/// (<see cref="StructureYearReportCsv"/>) carries more places.
/// </summary>
public static class StructureYearReportMarkdown
{
    /// <summary>Renders the report.</summary>
    public static string Render(StructureYearReport report)
    {
        Guard.Against.Null(report);
        var md = new StringBuilder();
        md.Append("# Structure year report: ").Append(report.Kind.Code()).Append(' ').Append(Int(report.Year)).Append('\n');
        md.Append('\n');
        md.Append("As of ").Append(Date(report.AsOf)).Append(" · conventioned ETP ").Append(Plain(report.ConventionedEtp))
            .Append(" · modulated part ").Append(Plain(report.ModulationPercent)).Append(" %\n");

        Section(md, "Summary");
        Table(md, ["figure", "value"], [false, true], Summary(report));

        Section(md, "ETP per month (realised to the as-of day, conventioned pro rata of days, projected to December)");
        Table(md,
            ["month", "hours", "ETP realised", "cumulative", "ETP conventioned", "cumulative", "gap (cumulative)", "projected hours", "ETP projected", "cumulative"],
            [false, true, true, true, true, true, true, true, true, true],
            report.Months.Select(m => new[]
            {
                m.Period.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Hours(m.Hours),
                Etp(m.Realised), Etp(m.RealisedCumulative), Etp(m.Conventioned), Etp(m.ConventionedCumulative), Etp(m.CumulativeGap),
                Hours(m.ProjectedHours), Etp(m.Projected), Etp(m.ProjectedCumulative),
            }).Append(
            [
                "year", Hours(report.Hours), Etp(report.RealisedEtp), "", Etp(report.ConventionedEtp), "",
                Etp(report.RealisedEtp - report.ConventionedEtp), Hours(report.ProjectedHours), Etp(report.ProjectedEtp), "",
            ]));

        Section(md, "Aide au poste: base amounts in force");
        if (report.AidAmounts.Count == 0)
        {
            md.Append("No amount is known for this structure kind.\n");
        }
        else
        {
            Table(md, ["from", "to", "days", "€ per ETP and year", "source"], [false, false, true, true, false],
                report.AidAmounts.Select(a => new[]
                {
                    Date(a.Period.Start), Date(a.Period.End), Int(a.Period.LengthInDays), Euros(a.AmountPerEtp), a.Source,
                }));
        }

        Section(md, "Aide au poste per month (€; modulated part " + Plain(report.ModulationPercent) + " %)");
        if (report.AidYear is null)
        {
            md.Append("Not computed (see the notes).\n");
        }
        else
        {
            Table(md,
                ["month", "agreement base", "agreement modulated", "agreement", "earned base", "earned modulated", "earned", "earned − agreement", "projected"],
                [false, true, true, true, true, true, true, true, true],
                report.AidMonths.Select(a => Aid(a.Period.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), a))
                    .Append(Aid("year", report.AidYear)));
        }

        Section(md, "Exits (counted in the year of the contract's last day)");
        Table(md,
            ["workshop", "exits", "durable", "transitional", "positive", "other", "durable %", "transitional %", "positive %", "other %", "dynamic %"],
            [false, true, true, true, true, true, true, true, true, true, true],
            report.ExitsByWorkshop.Append(report.Exits).Select(e => new[]
            {
                e.Workshop is null ? "**structure**" : e.Workshop.Value.Value, Int(e.Exits), Int(e.Durable), Int(e.Transitional),
                Int(e.Positive), Int(e.Other), Percent(e.DurableRate), Percent(e.TransitionalRate), Percent(e.PositiveRate),
                Percent(e.OtherRate), Percent(e.DynamicRate),
            }));

        Section(md, "Contracts ending in the next 90 days (from " + Date(report.AsOf) + ")");
        if (report.EndingContracts.Count == 0)
        {
            md.Append("None.\n");
        }
        else
        {
            Table(md, ["contract", "person", "workshop", "last day", "days left", "window"], [false, false, false, false, true, true],
                report.EndingContracts.Select(c => new[]
                {
                    c.Contract.Value, c.Person.Value, c.Workshop.Value, Date(c.LastDay), Int(c.DaysLeft), "≤ " + Int(c.Window) + " d",
                }));
        }

        Section(md, "PASS IAE ending in the next 90 days (from " + Date(report.AsOf) + ")");
        if (report.EndingPasses.Count == 0)
        {
            md.Append("None.\n");
        }
        else
        {
            Table(md, ["PASS IAE", "person", "end", "days left", "window", "contract in force", "contract's last day"],
                [false, false, false, true, true, false, false],
                report.EndingPasses.Select(p => new[]
                {
                    p.Pass.Value, p.Person.Value, Date(p.End), Int(p.DaysLeft), "≤ " + Int(p.Window) + " d", p.Contract?.Value ?? "",
                    p.ContractLastDay is { } d ? Date(d) + (d > p.End ? " (after the PASS end)" : "") : "",
                }));
        }

        Section(md, "Weekly limits (reported, not refused)");
        if (report.WeeklyLimits.Count == 0)
        {
            md.Append("None.\n");
        }
        else
        {
            Table(md, ["contract", "week", "limit", "contractual h", "worked h", "threshold h", "source"],
                [false, false, false, true, true, true, false],
                report.WeeklyLimits.Select(f => new[]
                {
                    f.Contract.Value, f.Week.ToString(), Code(f.Kind), f.ContractualWeekly is { } c ? Hours(c) : "",
                    Hours(f.Worked), Hours(f.ThresholdHours), f.Source,
                }));
        }

        Section(md, "Parameters used");
        Table(md, ["parameter", "from", "to", "value", "source"], [false, false, false, true, false],
            report.Parameters.Select(p => new[] { p.Name, Date(p.Period.Start), Date(p.Period.End), p.Value, p.Source }));

        Section(md, "Overrides");
        if (report.Overrides.Count == 0)
        {
            md.Append("None: every parameter used is the baseline's.\n");
        }
        else
        {
            Table(md, ["parameter", "value", "replaces", "by"], [false, true, true, false],
                report.Overrides.Select(o => new[] { o.Name, o.Value, o.DefaultValue, o.By }));
        }

        if (report.Notes.Count > 0)
        {
            Section(md, "Notes");
            foreach (var note in report.Notes)
            {
                md.Append("- ").Append(Cell(note)).Append('\n');
            }
        }
        return md.ToString();
    }

    private static IEnumerable<string[]> Summary(StructureYearReport r)
    {
        yield return ["ETP realised (to " + Date(r.AsOf) + ")", Etp(r.RealisedEtp)];
        yield return ["ETP conventioned", Etp(r.ConventionedEtp)];
        yield return ["ETP projected to December", Etp(r.ProjectedEtp)];
        yield return ["paid hours realised", Hours(r.Hours)];
        if (r.AidYear is { } aid)
        {
            yield return ["aid the agreement pays (€)", Euros(aid.Agreement)];
            yield return ["aid earned by the realised hours (€)", Euros(aid.Earned)];
            yield return ["aid earned if the projection holds (€)", Euros(aid.Projected)];
        }
        yield return ["exits in the year", Int(r.Exits.Exits)];
        yield return ["dynamic-exit rate", Percent(r.Exits.DynamicRate)];
        yield return ["contracts ending within 30 / 60 / 90 days",
            string.Join(" / ", StructureYearReport.Windows.Select(w => Int(r.EndingContracts.Count(c => c.DaysLeft <= w))))];
        yield return ["PASS IAE ending within 30 / 60 / 90 days",
            string.Join(" / ", StructureYearReport.Windows.Select(w => Int(r.EndingPasses.Count(p => p.DaysLeft <= w))))];
        yield return ["weeks over a weekly limit", Int(r.WeeklyLimits.Count)];
    }

    private static string[] Aid(string period, AidFigures a) =>
    [
        period, Euros(a.AgreementBase), Euros(a.AgreementModulated), Euros(a.Agreement), Euros(a.EarnedBase),
        Euros(a.EarnedModulated), Euros(a.Earned), Euros(a.Gap), Euros(a.Projected),
    ];

    private static void Section(StringBuilder md, string title) => md.Append('\n').Append("## ").Append(title).Append("\n\n");

    private static void Table(StringBuilder md, string[] header, bool[] right, IEnumerable<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", header.Select(Cell)).Append(" |\n");
        md.Append('|').AppendJoin('|', right.Select(r => r ? "---:" : "---")).Append("|\n");
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Etp(decimal value) => Fixed(value, 4);

    private static string Percent(decimal rate) => Fixed(rate * 100m, 1) + " %";
}
