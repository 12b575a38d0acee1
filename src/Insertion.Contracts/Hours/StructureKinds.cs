namespace Insertion.Contracts;

/// <summary>Codes of the structure kinds.</summary>
public static class StructureKinds
{
    /// <summary>
    /// The ASP employer code of the kind (DOMAIN.md §6: EI 01, ETTI 02, AI 03, ACI 04), or null
    /// for EITI, whose code the domain documents do not give (to confirm with the ASP).
    /// </summary>
    public static string? AspEmployerCode(this StructureKind kind) => kind switch
    {
        StructureKind.Ei => "01",
        StructureKind.Etti => "02",
        StructureKind.Ai => "03",
        StructureKind.Aci => "04",
        StructureKind.Eiti => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown structure kind."),
    };

    /// <summary>The short upper-case name used in parameter names ("ACI", "EITI", …).</summary>
    public static string Code(this StructureKind kind) => kind switch
    {
        StructureKind.Aci => "ACI",
        StructureKind.Ai => "AI",
        StructureKind.Ei => "EI",
        StructureKind.Eiti => "EITI",
        StructureKind.Etti => "ETTI",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown structure kind."),
    };
}
