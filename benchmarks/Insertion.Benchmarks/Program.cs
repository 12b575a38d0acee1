using System.Globalization;
using BenchmarkDotNet.Running;
using Insertion.Benchmarks;
using Insertion.Benchmarks.Simulation;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

if (Option("--simulate-child") is { } childPeople)
{
    // A child process of --charts: one simulation, its time and peak memory on one line.
    return SimulateScale.Child(int.Parse(childPeople, CultureInfo.InvariantCulture), Console.Out);
}
if (args.Contains("--sqlite-costs"))
{
    return Insertion.Benchmarks.Persistence.SqliteCosts.Run(Console.Out);
}
if (Option("--simulate-people") is { } people)
{
    SimulateScale.People = int.Parse(people, CultureInfo.InvariantCulture);
}
if (args.Contains("--quick"))
{
    // "--quick [filter] [--charts DIR] [--simulate-people N]": only the checks whose class name contains the filter (e.g. "Sqlite").
    var filter = Option("--quick");
    return QuickRatioRunner.Run(Console.Out, filter is null || filter.StartsWith("--", StringComparison.Ordinal) ? null : filter, Option("--charts"));
}
BenchmarkSwitcher.FromAssembly(typeof(IQuickRatio).Assembly).Run(args);
return 0;
