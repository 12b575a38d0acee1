using System.Diagnostics;
using System.Globalization;
using Insertion.Benchmarks.Charts;

namespace Insertion.Benchmarks;

/// <summary>
/// Runs every <see cref="IQuickRatio"/> of this assembly: best of several runs each (5, or
/// <see cref="IQuickRatioRuns.Runs"/>), ratio against the budget, then the total wall time; with a
/// charts folder, draws the scale charts too. Exits 1 when a ratio is over its budget.
/// </summary>
internal static class QuickRatioRunner
{
    public static int Run(TextWriter output, string? filter = null, string? charts = null)
    {
        var total = Stopwatch.StartNew();
        var checks = typeof(QuickRatioRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQuickRatio).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .Select(t => (IQuickRatio)Activator.CreateInstance(t)!)
            .ToList();
        var over = 0;
        var ran = 0;
        foreach (var check in checks)
        {
            if (check is IOptionalQuickRatio { Unavailable: { } why })
            {
                output.WriteLine($"SKIP {check.Name}: {why}");
                continue;
            }
            var started = total.Elapsed;
            var runs = check is IQuickRatioRuns r ? r.Runs : 5;
            var library = Best(check, check.Library, runs);
            var baseline = Best(check, check.Baseline, runs);
            var ratio = library / Math.Max(baseline, 1e-9);
            var ok = ratio <= check.Budget;
            over += ok ? 0 : 1;
            ran++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(ok ? "OK  " : "OVER")} {check.Name}: library {library * 1000:0.0} ms, baseline {baseline * 1000:0.0} ms, ratio {ratio:0.00} (budget {check.Budget:0.##}) [{(total.Elapsed - started).TotalSeconds:0} s]"));
        }
        output.WriteLine($"{ran - over} within budget, {over} over, {checks.Count - ran} skipped");
        if (charts is not null)
        {
            ScaleCharts.Write(charts, output);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quick mode: {total.Elapsed.TotalSeconds:0} s wall time, {Environment.ProcessorCount} cores"));
        return over == 0 ? 0 : 1;
    }

    private static double Best(IQuickRatio check, Action action, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            check.Setup();
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }
}
