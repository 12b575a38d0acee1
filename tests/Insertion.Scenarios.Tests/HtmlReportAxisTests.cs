using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Insertion.Cli.Reporting;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// Issue 27: the report's bar charts label each gridline with the value it is drawn at (a line at
/// 3.5 was labelled 4), and counts show without decimals ("1.00 exits").
/// </summary>
public sealed partial class HtmlReportAxisTests
{
    [GeneratedRegex("<line x1=\"48\" y1=\"(?<y>[0-9.]+)\"[^>]*class=\"grid\"/><text[^>]*>(?<label>[^<]+)</text>")]
    private static partial Regex Gridline();

    [GeneratedRegex("<rect x=\"[0-9.]+\" y=\"(?<y>[0-9.]+)\" width=\"12\"")]
    private static partial Regex Bar();

    [Property(MaxTest = 300)]
    public bool Axis_step_is_round_and_reaches_the_highest_bar_in_at_most_four_lines(uint hundredths)
    {
        var highest = hundredths % 10_000_000 / 100m;
        var step = HtmlReport.AxisStep(highest);
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)step)));
        var factor = step / magnitude;
        return factor is 1m or 2m or 2.5m or 5m && step * 4 >= highest && step >= 0.25m && step <= Math.Max(highest, 1m) / 2;
    }

    [Theory]
    [InlineData(3.5)]
    [InlineData(0.4)]
    [InlineData(7)]
    [InlineData(28.3)]
    [InlineData(1234)]
    public void Each_gridline_is_labelled_with_the_value_it_is_drawn_at(double highest)
    {
        var html = new HtmlReport("t").BarChart("c", ["a", "b"], [("s", [(decimal)highest, 0m])], "ETP").Render("x");
        var lines = Gridline().Matches(html).Select(m => (Y: double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
            Value: double.Parse(m.Groups["label"].Value, NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();
        Assert.InRange(lines.Count, 2, 5);
        // Plot from y = 180 (zero) up to y = 12 (the top line): each label is where its value is drawn.
        var top = lines.Max(l => l.Value);
        Assert.True(top >= highest, $"the top gridline {top} is below the highest bar {highest}");
        foreach (var (y, value) in lines)
        {
            Assert.Equal(180 - value / top * 168, y, 0.1);
        }
        // Read against the labelled gridlines, the highest bar shows its own value.
        var barTop = double.Parse(Bar().Match(html).Groups["y"].Value, CultureInfo.InvariantCulture);
        Assert.Equal(highest, (180 - barTop) / 168 * top, highest * 0.005 + 0.01);
    }

    [Fact]
    public void A_count_shows_without_decimals()
    {
        var html = new HtmlReport("t").BarChart("c", ["all"], [("durable", [1m])], "exits", decimals: 0).Render("x");
        Assert.Contains("durable all: 1 exits", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1.00 exits", html, StringComparison.Ordinal);
    }
}
