using BenchmarkDotNet.Running;
using Insertion.Benchmarks;

if (args.Contains("--quick"))
{
    return QuickRatioRunner.Run(Console.Out);
}
BenchmarkSwitcher.FromAssembly(typeof(IQuickRatio).Assembly).Run(args);
return 0;
