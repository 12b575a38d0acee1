using Spectre.Console;

namespace Insertion.Cli.Commands;

/// <summary>Spectre.Console over a writer: colours on a terminal, plain text when redirected.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Over(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
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
