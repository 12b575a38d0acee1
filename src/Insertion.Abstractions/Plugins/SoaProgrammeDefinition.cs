namespace Insertion.Abstractions;

/// <summary>
/// A TIG pédagogique "mobilisation vers l'emploi" programme a site runs on a territory: the SOA
/// sessions it offers and its cap on the pedagogical share of a measure's hours (a parameter of
/// the programme, default 50 %, DOMAIN.md §3).
/// </summary>
public sealed record SoaProgrammeDefinition
{
    /// <summary>Stable id (e.g. <c>soa-somme</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The territory.</summary>
    public required TigTerritory Territory { get; init; }

    /// <summary>Session kinds offered.</summary>
    public IReadOnlyList<SoaSessionKind> SessionKinds { get; init; } =
        [SoaSessionKind.ProfessionalProject, SoaSessionKind.Cv, SoaSessionKind.MockInterview, SoaSessionKind.CompanyVisit];

    /// <summary>People a session takes.</summary>
    public int SessionCapacity { get; init; } = 12;

    /// <summary>Largest share of a measure's hours spent on SOA sessions (0 to 1).</summary>
    public decimal PedagogicalShareMax { get; init; } = 0.5m;
}
