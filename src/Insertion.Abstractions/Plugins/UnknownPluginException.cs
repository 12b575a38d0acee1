namespace Insertion.Abstractions;

/// <summary>A workshop, site or programme id that no registered plugin provides.</summary>
public sealed class UnknownPluginException : KeyNotFoundException
{
    /// <summary>Creates the error for an unknown id of the given kind.</summary>
    public UnknownPluginException(string kind, string id, IEnumerable<string> known)
        : base($"Unknown {kind} '{id}'. Registered: {string.Join(", ", known.DefaultIfEmpty("none"))}.")
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>workshop, site or programme.</summary>
    public string Kind { get; }

    /// <summary>The id asked for.</summary>
    public string Id { get; }
}
