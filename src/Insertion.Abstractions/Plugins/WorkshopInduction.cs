namespace Insertion.Abstractions;

/// <summary>
/// An induction a person must complete before working in the workshop's production (food hygiene
/// in a kitchen, workshop safety in a garage). It concerns the workshop's own rules, never the
/// person's health or justice data.
/// </summary>
public sealed record WorkshopInduction
{
    /// <summary>Stable id (e.g. <c>food-hygiene</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Title shown to people.</summary>
    public required string Title { get; init; }

    /// <summary>Length of the induction.</summary>
    public required WorkMinutes Duration { get; init; }

    /// <summary>True when production is closed to a person until the induction is completed.</summary>
    public bool RequiredBeforeProduction { get; init; } = true;

    /// <summary>The rule the induction implements (article, regulation, or "house rule").</summary>
    public required string Source { get; init; }
}
