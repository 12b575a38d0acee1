using BenchmarkDotNet.Running;
using Insertion.Benchmarks;

if (args.Contains("--quick"))
{
    // "--quick [filter]": only the checks whose class name contains the filter (e.g. "Sqlite").
    var at = Array.IndexOf(args, "--quick");
    return QuickRatioRunner.Run(Console.Out, at + 1 < args.Length ? args[at + 1] : null);
}
BenchmarkSwitcher.FromAssembly(typeof(IQuickRatio).Assembly).Run(args);
return 0;
