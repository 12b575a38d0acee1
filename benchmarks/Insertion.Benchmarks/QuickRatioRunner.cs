using System.Diagnostics;
using System.Globalization;

namespace Insertion.Benchmarks;

/// <summary>Runs every <see cref="IQuickRatio"/> of this assembly: best of several runs each, ratio against the budget.</summary>
internal static class QuickRatioRunner
{
    public static int Run(TextWriter output, string? filter = null)
    {
        var checks = typeof(QuickRatioRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQuickRatio).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .Select(t => (IQuickRatio)Activator.CreateInstance(t)!)
            .ToList();
        var over = 0;
        foreach (var check in checks)
        {
            if (check is IOptionalQuickRatio { Unavailable: { } why })
            {
                output.WriteLine($"SKIP {check.Name}: {why}");
                continue;
            }
            var library = Best(check, check.Library);
            var baseline = Best(check, check.Baseline);
            var ratio = library / Math.Max(baseline, 1e-9);
            var ok = ratio <= check.Budget;
            over += ok ? 0 : 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(ok ? "OK  " : "OVER")} {check.Name}: library {library * 1000:0.0} ms, baseline {baseline * 1000:0.0} ms, ratio {ratio:0.00} (budget {check.Budget:0.##})"));
        }
        output.WriteLine($"{checks.Count - over} within budget, {over} over");
        return over == 0 ? 0 : 1;
    }

    private static double Best(IQuickRatio check, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            check.Setup();
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }
}
