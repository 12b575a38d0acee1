using System.CommandLine;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;

namespace Insertion.Cli.Commands;

/// <summary>
/// <c>insertion graph cddi|tig|cohort [--format dot|mermaid]</c>: prints a lifecycle's graph from its
/// one Stateless definition (states, triggers, guard descriptions). The PASS IAE has no lifecycle
/// machine (its state on a day is computed).
/// </summary>
internal static class GraphCommand
{
    private static readonly string[] Formats = ["dot", "mermaid"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var subject = new Argument<string>("lifecycle") { Description = "The lifecycle to draw: cddi, tig or cohort." };
        var format = new Option<string>("--format") { Description = "dot (Graphviz, default) or mermaid.", DefaultValueFactory = _ => "dot" };
        var command = new Command("graph", "Print a lifecycle's state graph (DOT or Mermaid).") { subject, format };
        command.SetAction(parse => Run(parse.GetRequiredValue(subject), parse.GetValue(format) ?? "dot", output, error));
        return command;
    }

    public static int Run(string subject, string format, TextWriter output, TextWriter error)
    {
        if (!Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            error.WriteLine($"unknown format '{format}' (dot or mermaid)");
            return 2;
        }
        var mermaid = string.Equals(format, "mermaid", StringComparison.OrdinalIgnoreCase);
        switch (subject.ToUpperInvariant())
        {
            case "CDDI":
                output.WriteLine(mermaid ? CddiLifecycle.ToMermaid() : CddiLifecycle.ToDot());
                return 0;
            case "TIG":
                output.WriteLine(mermaid ? TigLifecycle.ToMermaid() : TigLifecycle.ToDot());
                return 0;
            case "COHORT":
                output.WriteLine(mermaid ? CohortLifecycle.ToMermaid() : CohortLifecycle.ToDot());
                return 0;
            default:
                error.WriteLine($"unknown lifecycle '{subject}' (known: cddi, tig, cohort)");
                return 2;
        }
    }
}
