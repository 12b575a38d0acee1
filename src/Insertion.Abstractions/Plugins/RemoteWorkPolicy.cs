namespace Insertion.Abstractions;

/// <summary>Whether part of a workshop's work can be done remotely, and how much.</summary>
/// <param name="MaxShare">Largest share of a person's weekly hours that may be remote, 0 to 1 (0: none).</param>
/// <param name="Activities">The activities that may be done remotely.</param>
public sealed record RemoteWorkPolicy(decimal MaxShare, IReadOnlyList<string> Activities)
{
    /// <summary>No remote work: everything happens on site.</summary>
    public static RemoteWorkPolicy None { get; } = new(0m, []);

    /// <summary>True when some work may be remote.</summary>
    public bool Allowed => MaxShare > 0m;
}
