using System.Diagnostics;
using System.Globalization;
using Insertion.Benchmarks.Persistence;
using Insertion.Benchmarks.Scale;
using Insertion.Benchmarks.Simulation;

namespace Insertion.Benchmarks.Charts;

/// <summary>
/// <c>--charts DIR</c>: measures and draws <c>perf-append.svg</c> (per-command cost against the
/// ledger's history, one line per store and ledger) and <c>perf-simulate.svg</c> (time and peak
/// memory of <c>simulate</c> against people, each size in a fresh child process).
/// </summary>
internal static class ScaleCharts
{
    private static readonly int[] Histories = [10, 100, 1_000, 10_000];

    public static void Write(string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion.VersionString}, .NET {Environment.Version}; {TimeProvider.System.GetUtcNow():yyyy-MM-dd}";
        var series = new List<Series>();
        foreach (var (store, color) in new[] { (BenchStore.InMemory, "#2b7bb9"), (BenchStore.Sqlite, "#e07b00"), (BenchStore.PostgreSql, "#3a9a3a") })
        {
            if (BenchDatabase.Unavailable(store) is { } why)
            {
                output.WriteLine($"chart: {BenchDatabase.NameOf(store)} skipped: {why}");
                continue;
            }
            foreach (var tig in new[] { false, true })
            {
                var points = new List<(double, double)>();
                foreach (var history in Histories)
                {
                    var commands = store == BenchStore.InMemory ? 100 : 10;
                    var workload = new HistoryAppendWorkload(store, tig, history, commands);
                    var best = double.MaxValue;
                    for (var run = 0; run < 2; run++)
                    {
                        workload.Setup();
                        var sw = Stopwatch.StartNew();
                        workload.Run();
                        best = Math.Min(best, sw.Elapsed.TotalSeconds);
                    }
                    var micros = best * 1e6 / commands;
                    points.Add((history, micros));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chart: {BenchDatabase.NameOf(store)} {(tig ? "TIG LogAsync" : "hours RecordAsync")} at {history} entries: {micros:0} µs per command"));
                }
                series.Add(new Series($"{BenchDatabase.NameOf(store)}, {(tig ? "TIG LogAsync" : "hours RecordAsync")}", color, tig, points));
            }
        }
        File.WriteAllText(Path.Combine(folder, "perf-append.svg"), SvgChart.Render(
            "One append per command, through the service, against the ledger's history",
            "Written by benchmarks/Insertion.Benchmarks --quick --charts; " + machine,
            [new Panel("Cost of one command (best of 2)", "entries already in the ledger", "µs per command", true, true, series)]));

        var time = new List<(double, double)>();
        var memory = new List<(double, double)>();
        foreach (var people in SimulateScale.ChartSizes)
        {
            var (seconds, mb) = SimulateScale.InChild(people);
            time.Add((people, seconds));
            memory.Add((people, mb));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chart: simulate {people} people: {seconds:0.00} s, peak working set {mb:0} MB"));
        }
        File.WriteAllText(Path.Combine(folder, "perf-simulate.svg"), SvgChart.Render(
            "insertion simulate (three sites, one year, in memory) against people",
            "Each size in a fresh process: time by Stopwatch (startup excluded), memory = peak working set; " + machine,
            [
                new Panel("Time", "people", "seconds", false, false, [new Series("simulate", "#2b7bb9", false, time)]),
                new Panel("Peak memory", "people", "MB (peak working set)", false, false, [new Series("simulate", "#c0392b", false, memory)]),
            ]));
        output.WriteLine($"charts written to {Path.GetFullPath(folder)}: perf-append.svg, perf-simulate.svg");
    }
}
