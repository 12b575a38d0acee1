namespace Insertion.Abstractions;

/// <summary>
/// A task of common utility a workshop can host for people carrying out a TIG (C. pén. 131-8,
/// 131-23: labour law on health and safety applies). The workshop describes the task; it is never
/// told who is under a court measure.
/// </summary>
public sealed record TigTask
{
    /// <summary>Stable id (e.g. <c>kitchen-cleaning</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the task is.</summary>
    public required string Description { get; init; }

    /// <summary>People the workshop can take on the task on one day.</summary>
    public int PlacesPerDay { get; init; } = 1;

    /// <summary>
    /// True when the task suits a minor (16 or 17): formative, and outside the work forbidden to
    /// young workers (C. pén. 131-8; C. trav. L4153-8 and its decrees).
    /// </summary>
    public bool SuitableForMinors { get; init; }
}
