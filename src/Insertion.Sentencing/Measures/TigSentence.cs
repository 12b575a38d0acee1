using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>What a court pronounced (or the JAP converted): the input of <see cref="TigService.SentenceAsync"/>.</summary>
public sealed record TigSentence
{
    /// <summary>The new measure's id.</summary>
    public required MeasureId Measure { get; init; }

    /// <summary>The TIGiste (known to the <see cref="IPersonDirectory"/>).</summary>
    public required PersonId Person { get; init; }

    /// <summary>Hours sentenced (range by the date pronounced, C. pén. 131-8).</summary>
    public required WorkMinutes Hours { get; init; }

    /// <summary>Start of the time limit; also the date pronounced when <see cref="Pronounced"/> is not given.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Time limit in months, 1 to 18 (C. pén. 131-22); the deadline is counted date à date from <see cref="From"/>.</summary>
    public required int Months { get; init; }

    /// <summary>Date of the decision, when it differs from <see cref="From"/>.</summary>
    public DateOnly? Pronounced { get; init; }

    /// <summary>Sentence or conversion of a short prison sentence (CPP 747-1).</summary>
    public TigOrigin Origin { get; init; } = TigOrigin.Sentence;

    /// <summary>Host structure (opaque id).</summary>
    public string? HostStructure { get; init; }

    /// <summary>Post at the host structure (opaque id).</summary>
    public string? Post { get; init; }

    /// <summary>SPIP referent (opaque id).</summary>
    public string? SpipReferent { get; init; }

    /// <summary>Judge reference (opaque id).</summary>
    public string? Judge { get; init; }

    /// <summary>TIG pédagogique territory (taken from the programme when one is given).</summary>
    public TigTerritory? Territory { get; init; }

    /// <summary>SOA programme the measure follows (its share cap then applies), or null.</summary>
    public string? SoaProgramme { get; init; }

    /// <summary>
    /// Site (plugin id) where the measure is followed, or null: then the site of its SOA programme,
    /// else of its territory, if a registered site runs one. The site's parameter overrides apply to
    /// the measure (e.g. its own <c>TIG.DailyMaxHours</c>).
    /// </summary>
    public string? Site { get; init; }
}
