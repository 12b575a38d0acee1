using System.CommandLine;
using Insertion.Scenarios;

namespace Insertion.Cli.Commands;

/// <summary>
/// <c>insertion check PATH...</c>: runs scenario files (SCENARIOS.md). One line per scenario
/// (<c>PASS name</c> / <c>FAIL name</c> with each mismatch), then <c>N passed, N failed</c>.
/// Exit 0 when all pass, 1 when one fails, 2 when a file cannot be read as a scenario.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Scenario files or folders (searched recursively for *.yaml).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Run scenario files and compare with what they expect.") { paths };
        command.SetAction((parse, ct) => RunAsync(parse.GetRequiredValue(paths), output, error, ct));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var m in missing)
        {
            error.WriteLine($"{m}: no such file or folder");
        }
        var runner = new ScenarioRunner(CliPlugins.Configure);
        var results = await runner.RunPathsAsync(paths.Except(missing), cancellationToken).ConfigureAwait(false);
        foreach (var r in results)
        {
            switch (r.Outcome)
            {
                case ScenarioOutcome.Passed:
                    output.WriteLine($"PASS {r.Name}");
                    break;
                case ScenarioOutcome.Malformed:
                    output.WriteLine($"FAIL {r.Name}");
                    error.WriteLine(r.Failures[0].Message);
                    break;
                default:
                    output.WriteLine($"FAIL {r.Name}");
                    foreach (var f in r.Failures)
                    {
                        output.WriteLine($"  {f}");
                    }
                    break;
            }
        }
        var passed = results.Count(r => r.Outcome == ScenarioOutcome.Passed);
        var failed = results.Count(r => r.Outcome is ScenarioOutcome.Failed or ScenarioOutcome.Malformed) + missing.Count;
        output.WriteLine($"{passed} passed, {failed} failed");
        if (missing.Count > 0 || results.Any(r => r.Outcome == ScenarioOutcome.Malformed))
        {
            return 2;
        }
        return failed > 0 ? 1 : 0;
    }
}
