namespace Insertion.Abstractions;

/// <summary>A host's override (<see cref="HostParameterOverride"/>) names an unknown parameter or does not fit its type.</summary>
public sealed class ParameterOverrideException : Exception
{
    /// <summary>The override <paramref name="name"/> is refused for <paramref name="reason"/>.</summary>
    public ParameterOverrideException(string name, string reason)
        : base($"Parameter override '{name}': {reason}.")
    {
        Name = name;
        Reason = reason;
    }

    /// <summary>The parameter named by the override.</summary>
    public string Name { get; }

    /// <summary>Why it is refused.</summary>
    public string Reason { get; }
}
