namespace Insertion.Scenarios;

/// <summary>A file that cannot be read as a scenario: says which file, which line, and why.</summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public ScenarioFormatException(string file, int line, string reason)
        : base($"{file}:{line}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
