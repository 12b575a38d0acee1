using System.Globalization;
using System.Net;
using System.Text;

namespace Insertion.Cli.Reporting;

/// <summary>
/// A self-contained HTML page (inline CSS and SVG, no script, no network) built from sections of
/// tables and simple charts: what the main job writes for a CIP or a director to read on a laptop.
/// Every text is HTML-escaped; numbers are formatted in the invariant culture so the same input
/// gives the same bytes.
/// </summary>
internal sealed class HtmlReport(string title)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Title)> _toc = [];

    /// <summary>Palette of the charts (colour-blind friendly, Okabe–Ito).</summary>
    public static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(decimal value, int decimals = 0) => value.ToString("N" + decimals, Inv);

    /// <summary>Opens a section with a heading (listed in the table of contents).</summary>
    public HtmlReport Section(string id, string heading, string? intro = null)
    {
        _toc.Add((id, heading));
        _body.Append(Inv, $"<section id=\"{E(id)}\"><h2>{E(heading)}</h2>\n");
        if (intro is not null)
        {
            _body.Append(Inv, $"<p class=\"intro\">{E(intro)}</p>\n");
        }
        return this;
    }

    public HtmlReport EndSection()
    {
        _body.Append("</section>\n");
        return this;
    }

    public HtmlReport Paragraph(string text)
    {
        _body.Append(Inv, $"<p>{E(text)}</p>\n");
        return this;
    }

    /// <summary>A table: the first column is a label, the others right-aligned when numeric.</summary>
    public HtmlReport Table(string caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append(Inv, $"<table><caption>{E(caption)}</caption><thead><tr>");
        foreach (var h in header)
        {
            _body.Append(Inv, $"<th>{E(h)}</th>");
        }
        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var numeric = i > 0 && decimal.TryParse(row[i].TrimEnd('%', ' ').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, Inv, out _);
                var compact = !row[i].Contains(' ', StringComparison.Ordinal) && row[i].Length <= 40; // ids, dates, figures: never broken
                _body.Append(numeric ? "<td class=\"n\">" : compact ? "<td class=\"k\">" : "<td>").Append(E(row[i])).Append("</td>");
            }
            _body.Append("</tr>\n");
        }
        _body.Append("</tbody></table>\n");
        return this;
    }

    private static readonly decimal[] RoundFactors = [1m, 2m, 2.5m, 5m];

    /// <summary>
    /// The round step (1, 2, 2.5 or 5 times a power of ten) of at most four gridlines above zero
    /// reaching <paramref name="highest"/>: every gridline then carries its exact value (a line at 3.5
    /// is never labelled 4). At least 0.25, so that an empty or tiny chart still has a scale.
    /// </summary>
    internal static decimal AxisStep(decimal highest)
    {
        var raw = Math.Max(highest, 1m) / 4;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        return RoundFactors.Select(f => f * magnitude).FirstOrDefault(step => step >= raw, 10m * magnitude);
    }

    /// <summary>
    /// Grouped vertical bars (one group per label, one bar per series), on gridlines at a round step
    /// (<see cref="AxisStep"/>) each labelled with its exact value; a bar's value shows with
    /// <paramref name="decimals"/> decimals (0 for counts).
    /// </summary>
    public HtmlReport BarChart(string caption, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<decimal> Values)> series, string unit, int decimals = 2)
    {
        const int height = 220, left = 48, bottom = 40, top = 12;
        var groupWidth = Math.Max(labels.Any(l => l.Length > 4) ? 84 : 28, 12 + 14 * series.Count);
        var width = left + labels.Count * groupWidth + 16;
        var highest = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var step = AxisStep(highest);
        var lines = Math.Max(1, (int)Math.Ceiling(highest / step));
        var max = step * lines;
        var scale = (height - bottom - top) / (double)max;
        var stepDecimals = step % 1 == 0 ? 0 : step * 10 % 1 == 0 ? 1 : 2;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<figure><svg role=\"img\" aria-label=\"{E(caption)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var t = 0; t <= lines; t++)
        {
            var v = step * t;
            var y = height - bottom - (double)v * scale;
            svg.Append(Inv, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - 8}\" y2=\"{y:0.#}\" class=\"grid\"/><text x=\"{left - 4}\" y=\"{y + 4:0.#}\" class=\"axis\" text-anchor=\"end\">{E(N(v, stepDecimals))}</text>");
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var x0 = left + i * groupWidth + 6;
            for (var s = 0; s < series.Count; s++)
            {
                var v = i < series[s].Values.Count ? series[s].Values[i] : 0;
                var h = (double)v * scale;
                svg.Append(Inv, $"<rect x=\"{x0 + s * 14}\" y=\"{height - bottom - h:0.#}\" width=\"12\" height=\"{h:0.#}\" fill=\"{Palette[s % Palette.Length]}\"><title>{E(series[s].Name)} {E(labels[i])}: {E(N(v, decimals))} {E(unit)}</title></rect>");
            }
            svg.Append(Inv, $"<text x=\"{x0 + series.Count * 7:0.#}\" y=\"{height - bottom + 14}\" class=\"axis\" text-anchor=\"middle\">{E(labels[i])}</text>");
        }
        svg.Append("</svg>");
        svg.Append(Inv, $"<figcaption>{E(caption)} {Legend(series.Select(s => s.Name))}</figcaption></figure>\n");
        _body.Append(svg);
        return this;
    }

    /// <summary>Horizontal bars for a funnel or a breakdown (one bar per stage, its value and share of the first).</summary>
    public HtmlReport Funnel(string caption, IReadOnlyList<(string Stage, int Value)> stages)
    {
        const int barMax = 360, rowHeight = 22, labelWidth = 170;
        var first = Math.Max(1, stages.Count > 0 ? stages.Max(s => s.Value) : 1);
        var height = stages.Count * rowHeight + 8;
        var width = labelWidth + barMax + 110;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<figure><svg role=\"img\" aria-label=\"{E(caption)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < stages.Count; i++)
        {
            var (stage, value) = stages[i];
            var w = barMax * value / (double)first;
            var y = 4 + i * rowHeight;
            svg.Append(Inv, $"<text x=\"{labelWidth - 6}\" y=\"{y + 14}\" class=\"axis\" text-anchor=\"end\">{E(stage)}</text>");
            svg.Append(Inv, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Palette[0]}\"/>");
            svg.Append(Inv, $"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 14}\" class=\"axis\">{value} ({E(N(100m * value / first, 0))} %)</text>");
        }
        svg.Append(Inv, $"</svg><figcaption>{E(caption)}</figcaption></figure>\n");
        _body.Append(svg);
        return this;
    }

    /// <summary>Progress bars (done over total, with a note such as a deadline).</summary>
    public HtmlReport Progress(string caption, IEnumerable<(string Label, decimal Done, decimal Total, string Note, bool Late)> bars)
    {
        _body.Append(Inv, $"<table class=\"progress\"><caption>{E(caption)}</caption><tbody>\n");
        foreach (var (label, done, total, note, late) in bars)
        {
            var pct = total <= 0 ? 0 : Math.Min(100m, 100m * done / total);
            _body.Append(Inv, $"<tr><td>{E(label)}</td><td class=\"bar\"><span class=\"track\"><span class=\"fill{(late ? " late" : "")}\" style=\"width:{pct:0.#}%\"></span></span></td><td class=\"n\">{E(N(done, 1))} / {E(N(total, 0))} h</td><td>{E(note)}</td></tr>\n");
        }
        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>
    /// Timelines: one row per item, bars between two dates over a period (e.g. contract timelines),
    /// coloured by a category; months marked on the axis.
    /// </summary>
    public HtmlReport Timeline(string caption, DateOnly from, DateOnly to, IReadOnlyList<(string Label, DateOnly Start, DateOnly End, int Category, string Note)> rows, IReadOnlyList<string> categories)
    {
        const int labelWidth = 190, plot = 640, rowHeight = 14;
        var days = Math.Max(1, to.DayNumber - from.DayNumber + 1);
        var height = rows.Count * rowHeight + 28;
        var width = labelWidth + plot + 10;
        double X(DateOnly d) => labelWidth + plot * Math.Clamp(d.DayNumber - from.DayNumber, 0, days) / (double)days;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<figure><svg role=\"img\" aria-label=\"{E(caption)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        var every = Math.Max(1, (int)Math.Ceiling(months * 52.0 / plot)); // a label needs about 52 px
        var n = 0;
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1), n++)
        {
            var x = X(m < from ? from : m);
            svg.Append(Inv, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height - 18}\" class=\"grid\"/>");
            if (n % every == 0)
            {
                svg.Append(Inv, $"<text x=\"{x + 2:0.#}\" y=\"{height - 6}\" class=\"axis\">{m:yyyy-MM}</text>");
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, start, end, category, note) = rows[i];
            var y = i * rowHeight + 2;
            var x1 = X(start);
            var x2 = X(end.AddDays(1));
            svg.Append(Inv, $"<text x=\"{labelWidth - 4}\" y=\"{y + 10}\" class=\"small\" text-anchor=\"end\">{E(label)}</text>");
            svg.Append(Inv, $"<rect x=\"{x1:0.#}\" y=\"{y}\" width=\"{Math.Max(1, x2 - x1):0.#}\" height=\"{rowHeight - 3}\" fill=\"{Palette[category % Palette.Length]}\"><title>{E(label)}: {start:yyyy-MM-dd} → {end:yyyy-MM-dd} {E(note)}</title></rect>");
        }
        svg.Append(Inv, $"</svg><figcaption>{E(caption)} {Legend(categories)}</figcaption></figure>\n");
        _body.Append(svg);
        return this;
    }

    /// <summary>A calendar grid: rows (e.g. cohorts) × ISO weeks, each cell an activity (coloured) or a holiday mark.</summary>
    public HtmlReport WeekGrid(string caption, IReadOnlyList<string> weeks, IReadOnlyList<(string Label, IReadOnlyList<int?> Cells, IReadOnlyList<bool> Holiday)> rows, IReadOnlyList<string> activities)
    {
        const int labelWidth = 130, cell = 14;
        var width = labelWidth + weeks.Count * cell + 10;
        var height = rows.Count * (cell + 3) + 26;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<figure><svg role=\"img\" aria-label=\"{E(caption)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        var every = Math.Max(1, (int)Math.Ceiling(52.0 / cell)); // a label needs about 52 px
        for (var w = 0; w < weeks.Count; w += every)
        {
            svg.Append(Inv, $"<text x=\"{labelWidth + w * cell}\" y=\"{height - 6}\" class=\"small\">{E(weeks[w])}</text>");
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var (label, cells, holiday) = rows[r];
            var y = r * (cell + 3) + 2;
            svg.Append(Inv, $"<text x=\"{labelWidth - 4}\" y=\"{y + 9}\" class=\"small\" text-anchor=\"end\">{E(label)}</text>");
            for (var w = 0; w < weeks.Count && w < cells.Count; w++)
            {
                var fill = cells[w] is { } a ? Palette[a % Palette.Length] : "#f2f2f2";
                svg.Append(Inv, $"<rect x=\"{labelWidth + w * cell}\" y=\"{y}\" width=\"{cell - 1}\" height=\"{cell}\" fill=\"{fill}\"><title>{E(label)} {E(weeks[w])}: {E(cells[w] is { } b ? activities[b] : "—")}{(holiday[w] ? " (public holiday in the week)" : "")}</title></rect>");
                if (holiday[w])
                {
                    svg.Append(Inv, $"<circle cx=\"{labelWidth + w * cell + 6.5}\" cy=\"{y + 7}\" r=\"2.2\" fill=\"#000\"/>");
                }
            }
        }
        svg.Append(Inv, $"</svg><figcaption>{E(caption)} {Legend(activities)} <span class=\"key\">● public holiday in the week</span></figcaption></figure>\n");
        _body.Append(svg);
        return this;
    }

    private static string Legend(IEnumerable<string> names) =>
        string.Concat(names.Select((n, i) => string.Create(Inv, $"<span class=\"key\"><span class=\"sw\" style=\"background:{Palette[i % Palette.Length]}\"></span>{E(n)}</span>")));

    /// <summary>The whole page.</summary>
    public string Render(string subtitle)
    {
        var page = new StringBuilder();
        page.Append(Inv, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>{E(title)}</title>
            <style>
            body {"{"} font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; background: #fff; {"}"}
            h1 {"{"} font-size: 1.6rem; margin-bottom: .2rem; {"}"} h2 {"{"} font-size: 1.2rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; margin-top: 2.2rem; {"}"}
            .subtitle, .intro {"{"} color: #555; {"}"} nav ul {"{"} columns: 3; padding-left: 1.2rem; {"}"}
            table {"{"} border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: .9rem; {"}"} caption {"{"} text-align: left; font-weight: 600; padding-bottom: .3rem; {"}"}
            th, td {"{"} border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; {"}"} th {"{"} background: #f4f7fa; {"}"} td.n {"{"} text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; {"}"} td.k {"{"} white-space: nowrap; {"}"}
            figure {"{"} margin: .8rem 0 1.4rem; overflow-x: auto; {"}"} figcaption {"{"} font-size: .85rem; color: #444; margin-top: .3rem; {"}"}
            svg text.axis {"{"} font-size: 11px; fill: #333; {"}"} svg text.small {"{"} font-size: 9px; fill: #333; {"}"} svg line.grid {"{"} stroke: #e3e3e3; {"}"}
            .key {"{"} margin-left: .8rem; white-space: nowrap; {"}"} .sw {"{"} display: inline-block; width: .8rem; height: .8rem; margin-right: .25rem; vertical-align: -1px; {"}"}
            .progress td.bar {"{"} width: 260px; {"}"} .track {"{"} display: block; background: #eee; height: .7rem; border-radius: .35rem; {"}"} .fill {"{"} display: block; height: 100%; background: #009E73; border-radius: .35rem; {"}"} .fill.late {"{"} background: #D55E00; {"}"}
            footer {"{"} margin-top: 3rem; font-size: .8rem; color: #666; {"}"}
            </style>
            </head>
            <body>
            <h1>{E(title)}</h1>
            <p class="subtitle">{E(subtitle)}</p>
            <nav><ul>
            """);
        foreach (var (id, heading) in _toc)
        {
            page.Append(Inv, $"<li><a href=\"#{E(id)}\">{E(heading)}</a></li>");
        }
        page.Append("</ul></nav>\n").Append(_body);
        page.Append("<footer>Generated by the Insertion SDK (insertion simulate). Ids only, no personal data.</footer>\n</body>\n</html>\n");
        return page.ToString();
    }
}
