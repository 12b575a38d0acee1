using System.CommandLine;
using Insertion.Abstractions;
using Spectre.Console;

namespace Insertion.Cli.Commands;

/// <summary><c>insertion rules</c>: the catalogue of rule codes with what they refuse and their legal source.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("rules", "Print the catalogue of rule codes with their legal sources.");
        command.SetAction(_ => Run(output));
        return command;
    }

    public static int Run(TextWriter output)
    {
        var table = new Table().AddColumn("Code").AddColumn("Rule").AddColumn("Source");
        foreach (var rule in RuleCodes.All)
        {
            table.AddRow(Markup.Escape(rule.Code), Markup.Escape(rule.Summary), Markup.Escape(rule.Source));
        }
        ConsoleFactory.Over(output).Write(table);
        output.WriteLine($"{RuleCodes.All.Count} rules");
        return 0;
    }
}
