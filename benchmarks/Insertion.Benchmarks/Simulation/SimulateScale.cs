using System.Diagnostics;
using System.Globalization;
using Insertion.Cli.Simulation;

namespace Insertion.Benchmarks.Simulation;

/// <summary>
/// <c>insertion simulate</c>'s year (the three sites, 2026, seed 1, in memory), run in-process
/// through the CLI's simulation entry point, for a number of people; and the same in a child
/// process of this benchmark (<c>--simulate-child N</c>) for its time and peak memory.
/// </summary>
internal static class SimulateScale
{
    private static readonly string[] Sites = ["amiens", "paris", "aubervilliers"];

    /// <summary>
    /// The larger size of the ratio and the chart (<c>--simulate-people N</c>; the size is
    /// 20 000). The quick mode's default is small until the simulation is fast (pre-merge figures).
    /// </summary>
    public static int People { get; set; } = 200;

    /// <summary>The sizes of the chart: 5 %, 50 % and 100 % of <see cref="People"/>.</summary>
    public static int[] ChartSizes => [Math.Max(1, People / 20), Math.Max(1, People / 2), People];

    public static void Once(int people)
    {
        var folder = Path.Combine(Path.GetTempPath(), "insertion-bench-sim-" + Guid.NewGuid().ToString("N")[..8]);
        new SiteYearSimulation(new SimulationOptions(Sites, 2026, 1, people, folder)).RunAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The child's side: one simulation, then "seconds peak-MB" on one line.</summary>
    public static int Child(int people, TextWriter output)
    {
        var sw = Stopwatch.StartNew();
        Once(people);
        var seconds = sw.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.000} {self.PeakWorkingSet64 / 1048576.0:0.0}"));
        return 0;
    }

    /// <summary>Time (s, in the child, startup excluded) and peak working set (MB) of one simulation in a fresh process.</summary>
    public static (double Seconds, double PeakMb) InChild(int people)
    {
        var path = Environment.ProcessPath!;
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SimulateScale).Assembly.Location);
        }
        start.ArgumentList.Add("--simulate-child");
        start.ArgumentList.Add(people.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
        child.WaitForExit();
        if (child.ExitCode != 0 || line.Length != 2)
        {
            throw new InvalidOperationException($"simulate child for {people} people failed (exit {child.ExitCode})");
        }
        return (double.Parse(line[0], CultureInfo.InvariantCulture), double.Parse(line[1], CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Issue 26: simulating N people costs at most 1.2× simulating N / 2 people twice (linear in people);
/// N is <see cref="SimulateScale.People"/> (the issue: 20 000 vs 2 × 10 000).
/// </summary>
public sealed class SimulatePeopleLinearity : IQuickRatio, IQuickRatioRuns
{
    private bool _warm;

    public string Name => $"simulate in memory: {SimulateScale.People} people vs 2 × {SimulateScale.People / 2} (linear in people)";

    public double Budget => 1.2;

    public int Runs => 1;

    public void Setup()
    {
        if (!_warm)
        {
            // Not timed: the JIT's first pass over the simulation (both sides run the same code).
            SimulateScale.Once(Math.Max(1, SimulateScale.People / 20));
            _warm = true;
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public void Library() => SimulateScale.Once(SimulateScale.People);

    public void Baseline()
    {
        SimulateScale.Once(SimulateScale.People / 2);
        SimulateScale.Once(SimulateScale.People / 2);
    }
}
