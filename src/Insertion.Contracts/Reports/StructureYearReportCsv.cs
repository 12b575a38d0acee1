using System.Text;
using Ardalis.GuardClauses;
using static Insertion.Contracts.ReportText;

namespace Insertion.Contracts;

/// <summary>
/// The year report as CSV files, one per table (RFC 4180: comma-separated, CRLF line ends, a field
/// quoted when it holds a comma, a quote or a line break, quotes doubled), invariant culture, a
/// header row and a stable column order. Ids only (DOMAIN.md §5). The same report always gives the
/// same bytes (UTF-8 without BOM when written).
/// </summary>
public static class StructureYearReportCsv
{
    /// <summary>The file names, in the order <see cref="Render"/> returns them.</summary>
    public static readonly IReadOnlyList<string> FileNames =
    [
        "summary.csv", "etp-months.csv", "aid-amounts.csv", "aid-months.csv", "exits.csv",
        "contracts-ending.csv", "passes-ending.csv", "weekly-limits.csv", "parameters.csv", "overrides.csv", "notes.csv",
    ];

    /// <summary>Each table's CSV text by file name, in the order of <see cref="FileNames"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(StructureYearReport report)
    {
        Guard.Against.Null(report);
        return
        [
            Table("summary.csv", ["field", "value"], Summary(report)),
            Table("etp-months.csv",
                ["month", "from", "to", "days", "hours", "etp_realised", "etp_realised_cumulative", "etp_conventioned",
                 "etp_conventioned_cumulative", "etp_cumulative_gap", "projected_hours", "etp_projected", "etp_projected_cumulative"],
                report.Months.Select(m => new[]
                {
                    Int(m.Month), Date(m.Period.Start), Date(m.Period.End), Int(m.Period.LengthInDays), Hours(m.Hours),
                    Etp(m.Realised), Etp(m.RealisedCumulative), Etp(m.Conventioned), Etp(m.ConventionedCumulative),
                    Etp(m.CumulativeGap), Hours(m.ProjectedHours), Etp(m.Projected), Etp(m.ProjectedCumulative),
                })),
            Table("aid-amounts.csv", ["from", "to", "days", "amount_per_etp_year", "source"],
                report.AidAmounts.Select(a => new[]
                {
                    Date(a.Period.Start), Date(a.Period.End), Int(a.Period.LengthInDays), Euros(a.AmountPerEtp), a.Source,
                })),
            Table("aid-months.csv",
                ["period", "from", "to", "agreement_base", "agreement_modulated", "agreement", "earned_base", "earned_modulated",
                 "earned", "earned_minus_agreement", "projected_base", "projected_modulated", "projected"],
                report.AidMonths.Select(a => Aid(a.Period.Start.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), a))
                    .Concat(report.AidYear is { } y ? [Aid("year", y)] : [])),
            Table("exits.csv",
                ["workshop", "exits", "durable", "transitional", "positive", "other", "durable_rate", "transitional_rate",
                 "positive_rate", "other_rate", "dynamic_rate"],
                report.ExitsByWorkshop.Append(report.Exits).Select(e => new[]
                {
                    Workshop(e), Int(e.Exits), Int(e.Durable), Int(e.Transitional), Int(e.Positive), Int(e.Other),
                    Rate(e.DurableRate), Rate(e.TransitionalRate), Rate(e.PositiveRate), Rate(e.OtherRate), Rate(e.DynamicRate),
                })),
            Table("contracts-ending.csv", ["contract", "person", "workshop", "last_day", "days_left", "window_days"],
                report.EndingContracts.Select(c => new[]
                {
                    c.Contract.Value, c.Person.Value, c.Workshop.Value, Date(c.LastDay), Int(c.DaysLeft), Int(c.Window),
                })),
            Table("passes-ending.csv", ["pass", "person", "end", "days_left", "window_days", "contract", "contract_last_day"],
                report.EndingPasses.Select(p => new[]
                {
                    p.Pass.Value, p.Person.Value, Date(p.End), Int(p.DaysLeft), Int(p.Window), p.Contract?.Value ?? "",
                    p.ContractLastDay is { } d ? Date(d) : "",
                })),
            Table("weekly-limits.csv", ["contract", "week", "limit", "contractual_hours", "worked_hours", "threshold_hours", "source"],
                report.WeeklyLimits.Select(f => new[]
                {
                    f.Contract.Value, f.Week.ToString(), Code(f.Kind), f.ContractualWeekly is { } c ? Hours(c) : "",
                    Hours(f.Worked), Hours(f.ThresholdHours), f.Source,
                })),
            Table("parameters.csv", ["name", "from", "to", "value", "source"],
                report.Parameters.Select(p => new[] { p.Name, Date(p.Period.Start), Date(p.Period.End), p.Value, p.Source })),
            Table("overrides.csv", ["name", "value", "default_value", "by"],
                report.Overrides.Select(o => new[] { o.Name, o.Value, o.DefaultValue, o.By })),
            Table("notes.csv", ["note"], report.Notes.Select(n => new[] { n })),
        ];
    }

    /// <summary>Writes every table of <see cref="Render"/> into <paramref name="directory"/> (created if needed), UTF-8 without BOM.</summary>
    /// <returns>The paths written, in the order of <see cref="FileNames"/>.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(StructureYearReport report, string directory, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(report);
        Guard.Against.NullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var (name, content) in Render(report))
        {
            var path = Path.Combine(directory, name);
            await File.WriteAllTextAsync(path, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF; quotes doubled.</summary>
    public static string Field(string value)
    {
        Guard.Against.Null(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static KeyValuePair<string, string> Table(string name, string[] header, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
        }
        return KeyValuePair.Create(name, sb.ToString());
    }

    private static void Line(StringBuilder sb, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            sb.Append(Field(fields[i]));
        }
        sb.Append("\r\n");
    }

    private static IEnumerable<string[]> Summary(StructureYearReport r)
    {
        yield return ["structure_kind", r.Kind.Code()];
        yield return ["year", Int(r.Year)];
        yield return ["as_of", Date(r.AsOf)];
        yield return ["etp_conventioned", Plain(r.ConventionedEtp)];
        yield return ["modulation_percent", Plain(r.ModulationPercent)];
        yield return ["hours_realised", Hours(r.Hours)];
        yield return ["etp_realised", Etp(r.RealisedEtp)];
        yield return ["hours_projected", Hours(r.ProjectedHours)];
        yield return ["etp_projected", Etp(r.ProjectedEtp)];
        yield return ["aid_agreement", r.AidYear is { } a ? Euros(a.Agreement) : ""];
        yield return ["aid_earned", r.AidYear is { } e ? Euros(e.Earned) : ""];
        yield return ["aid_projected", r.AidYear is { } p ? Euros(p.Projected) : ""];
        yield return ["exits", Int(r.Exits.Exits)];
        yield return ["dynamic_exit_rate", Rate(r.Exits.DynamicRate)];
        foreach (var w in StructureYearReport.Windows)
        {
            yield return [$"contracts_ending_within_{Int(w)}_days", Int(r.EndingContracts.Count(c => c.DaysLeft <= w))];
        }
        foreach (var w in StructureYearReport.Windows)
        {
            yield return [$"passes_ending_within_{Int(w)}_days", Int(r.EndingPasses.Count(p => p.DaysLeft <= w))];
        }
        yield return ["weekly_limit_findings", Int(r.WeeklyLimits.Count)];
    }

    private static string[] Aid(string period, AidFigures a) =>
    [
        period, Date(a.Period.Start), Date(a.Period.End), Euros(a.AgreementBase), Euros(a.AgreementModulated), Euros(a.Agreement),
        Euros(a.EarnedBase), Euros(a.EarnedModulated), Euros(a.Earned), Euros(a.Gap), Euros(a.ProjectedBase),
        Euros(a.ProjectedModulated), Euros(a.Projected),
    ];

    private static string Etp(decimal value) => Fixed(value, 6);

    private static string Rate(decimal value) => Fixed(value, 4);
}
