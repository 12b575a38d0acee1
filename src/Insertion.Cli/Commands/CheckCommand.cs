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
        try
        {
            return await CheckAsync(paths, output, error, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The runner reports every file's problem itself; this is the last guard, so that the
            // command never ends on a stack trace.
            error.WriteLine(Line($"the scenarios could not be checked: {ex.Message}"));
            output.WriteLine("0 passed, 1 failed");
            return 2;
        }
    }

    private static async Task<int> CheckAsync(IReadOnlyList<string> paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var m in missing)
        {
            error.WriteLine(Line($"{m}: no such file or folder"));
        }
        var runner = new ScenarioRunner(CliPlugins.Configure);
        var results = await runner.RunPathsAsync(paths.Except(missing), cancellationToken).ConfigureAwait(false);
        foreach (var r in results)
        {
            switch (r.Outcome)
            {
                case ScenarioOutcome.Passed:
                    output.WriteLine(Line($"PASS {r.Name}"));
                    break;
                case ScenarioOutcome.Malformed:
                    output.WriteLine(Line($"FAIL {r.Name}"));
                    error.WriteLine(Line(r.Failures[0].Message));
                    break;
                default:
                    output.WriteLine(Line($"FAIL {r.Name}"));
                    foreach (var f in r.Failures)
                    {
                        output.WriteLine(Line($"  {f}"));
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

    /// <summary>One printed line: text from a file (a name, an id) never brings line breaks or terminal escapes with it.</summary>
    private static string Line(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) ? ' ' : t[i];
            }
        });
}
