using Spectre.Console;

namespace Insertion.Cli.Commands;

/// <summary>Spectre.Console over a writer: colours on a terminal, plain text when redirected.</summary>
internal static class ConsoleFactory
{
    /// <summary>Whether <paramref name="writer"/> is the process's standard output on a terminal (not redirected).</summary>
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole Over(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 200;
        }
        return console;
    }
}
