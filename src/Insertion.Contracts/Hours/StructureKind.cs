namespace Insertion.Contracts;

/// <summary>The kinds of IAE structure (SIAE), each with its own aide au poste rules (DOMAIN.md §6).</summary>
public enum StructureKind
{
    /// <summary>Atelier et chantier d'insertion (ASP employer code 04).</summary>
    Aci,

    /// <summary>Association intermédiaire (ASP employer code 03).</summary>
    Ai,

    /// <summary>Entreprise d'insertion (ASP employer code 01).</summary>
    Ei,

    /// <summary>Entreprise d'insertion par le travail indépendant (experiment of loi 2018-771, art. 83); ASP code not in DOMAIN.md §6.</summary>
    Eiti,

    /// <summary>Entreprise de travail temporaire d'insertion (ASP employer code 02).</summary>
    Etti,
}
