using System.Globalization;
using System.Net;
using System.Text;

namespace Insertion.Benchmarks.Charts;

/// <summary>A line of a chart: its name in the legend, its colour, solid or dashed, its points.</summary>
internal sealed record Series(string Name, string Color, bool Dashed, IReadOnlyList<(double X, double Y)> Points);

/// <summary>One plot: axes (linear or logarithmic) with their labels, and its lines.</summary>
internal sealed record Panel(string Title, string XLabel, string YLabel, bool LogX, bool LogY, IReadOnlyList<Series> Series);

/// <summary>Hand-written SVG line charts (no package): panels side by side, ticks labelled, a legend under each plot.</summary>
internal static class SvgChart
{
    private static readonly double[] Steps = [1, 2, 5, 10];
    private const double Width = 520, Height = 400, Left = 78, Right = 20, Top = 46, PlotHeight = 250;

    public static string Render(string title, string note, IReadOnlyList<Panel> panels)
    {
        var legendRows = panels.Max(p => p.Series.Count);
        var height = Height + (legendRows * 18);
        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width * panels.Count}\" height=\"{height + 30}\" viewBox=\"0 0 {Width * panels.Count} {height + 30}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(F($"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"12\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{E(title)}</text>\n"));
        svg.Append(F($"<text x=\"12\" y=\"{height + 20}\" fill=\"#555\">{E(note)}</text>\n"));
        for (var i = 0; i < panels.Count; i++)
        {
            RenderPanel(svg, panels[i], i * Width);
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void RenderPanel(StringBuilder svg, Panel panel, double x0)
    {
        var plotWidth = Width - Left - Right;
        var points = panel.Series.SelectMany(s => s.Points).ToList();
        var (xTicks, xMin, xMax) = Ticks(points.Select(p => p.X), panel.LogX);
        var (yTicks, yMin, yMax) = Ticks(points.Select(p => p.Y), panel.LogY);
        double Sx(double v) => x0 + Left + (plotWidth * Scale(v, xMin, xMax, panel.LogX));
        double Sy(double v) => Top + 20 + PlotHeight - (PlotHeight * Scale(v, yMin, yMax, panel.LogY));
        var top = Top + 20;
        svg.Append(F($"<text x=\"{x0 + Left}\" y=\"{Top + 8}\" font-size=\"14\" font-weight=\"bold\">{E(panel.Title)}</text>\n"));
        svg.Append(F($"<rect x=\"{x0 + Left}\" y=\"{top}\" width=\"{plotWidth}\" height=\"{PlotHeight}\" fill=\"none\" stroke=\"#888\"/>\n"));
        foreach (var t in xTicks)
        {
            var x = Sx(t);
            svg.Append(F($"<line x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{top + PlotHeight}\" stroke=\"#e4e4e4\"/>"));
            svg.Append(F($"<text x=\"{x:0.#}\" y=\"{top + PlotHeight + 16}\" text-anchor=\"middle\">{Label(t)}</text>\n"));
        }
        foreach (var t in yTicks)
        {
            var y = Sy(t);
            svg.Append(F($"<line x1=\"{x0 + Left}\" y1=\"{y:0.#}\" x2=\"{x0 + Left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#e4e4e4\"/>"));
            svg.Append(F($"<text x=\"{x0 + Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Label(t)}</text>\n"));
        }
        svg.Append(F($"<text x=\"{x0 + Left + (plotWidth / 2)}\" y=\"{top + PlotHeight + 36}\" text-anchor=\"middle\">{E(panel.XLabel)}</text>\n"));
        svg.Append(F($"<text transform=\"translate({x0 + 18},{top + (PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{E(panel.YLabel)}</text>\n"));
        var legendY = top + PlotHeight + 58;
        foreach (var s in panel.Series)
        {
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            var path = string.Join(" ", s.Points.OrderBy(p => p.X).Select((p, k) => F($"{(k == 0 ? "M" : "L")}{Sx(p.X):0.#},{Sy(p.Y):0.#}")));
            svg.Append(F($"<path d=\"{path}\" fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2.5\"{dash}/>"));
            foreach (var p in s.Points)
            {
                svg.Append(F($"<circle cx=\"{Sx(p.X):0.#}\" cy=\"{Sy(p.Y):0.#}\" r=\"3.5\" fill=\"{s.Color}\"><title>{E(s.Name)}: {Label(p.X)} → {Label(p.Y)}</title></circle>"));
            }
            svg.Append(F($"\n<line x1=\"{x0 + Left}\" y1=\"{legendY - 4}\" x2=\"{x0 + Left + 28}\" y2=\"{legendY - 4}\" stroke=\"{s.Color}\" stroke-width=\"2.5\"{dash}/>"));
            svg.Append(F($"<text x=\"{x0 + Left + 36}\" y=\"{legendY}\">{E(s.Name)}</text>\n"));
            legendY += 18;
        }
    }

    private static double Scale(double v, double min, double max, bool log) =>
        log ? (Math.Log10(v) - Math.Log10(min)) / (Math.Log10(max) - Math.Log10(min)) : (v - min) / (max - min);

    /// <summary>Ticks covering the values: powers of ten (log), or 1-2-5 steps from zero (linear).</summary>
    private static (List<double> Ticks, double Min, double Max) Ticks(IEnumerable<double> values, bool log)
    {
        var list = values.Where(v => !log || v > 0).DefaultIfEmpty(1).ToList();
        if (log)
        {
            var lo = Math.Floor(Math.Log10(list.Min()));
            var hi = Math.Ceiling(Math.Log10(list.Max()));
            hi = hi <= lo ? lo + 1 : hi;
            var ticks = Enumerable.Range(0, (int)(hi - lo) + 1).Select(k => Math.Pow(10, lo + k)).ToList();
            return (ticks, ticks[0], ticks[^1]);
        }
        var max = Math.Max(list.Max(), 1e-9);
        var raw = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Steps.Select(m => m * magnitude).First(s => s >= raw);
        var count = (int)Math.Ceiling(max / step);
        var linear = Enumerable.Range(0, count + 1).Select(k => k * step).ToList();
        return (linear, 0, linear[^1]);
    }

    private static string Label(double v) =>
        v >= 1000 ? v.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", " ", StringComparison.Ordinal)
        : v >= 10 ? v.ToString("0", CultureInfo.InvariantCulture)
        : v >= 1 ? v.ToString("0.#", CultureInfo.InvariantCulture)
        : v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
