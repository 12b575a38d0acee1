using System.CommandLine;
using Insertion.Cli.Commands;

namespace Insertion.Cli;

/// <summary>The <c>insertion</c> command line: one sub-command per file under Commands/.</summary>
public static class InsertionCommand
{
    /// <summary>Parses and runs the command line; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Insertion: CDDI, PASS IAE, TIG and cohort rules for IAE structures.")
        {
            CheckCommand.Create(output, error),
            RulesCommand.Create(output),
            SimulateCommand.Create(output, error),
            ReportCommand.Create(output, error),
            GraphCommand.Create(output, error),
            DbCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
