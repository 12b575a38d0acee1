namespace Insertion.Contracts;

/// <summary>What a director asks for the structure's year report (issue #17; DOMAIN.md §2, §6).</summary>
/// <param name="Year">The calendar year reported.</param>
/// <param name="ConventionedEtp">ETP of the structure's annual agreement with the State (ETP conventionnés), not negative.</param>
/// <param name="ModulationPercent">The modulated part of the aide au poste, 0 to 10 % of the base amount (annual agreement, DOMAIN.md §6).</param>
/// <param name="AsOf">Last day of realised hours; planned hours count from the next day, and the ending-soon windows start on it. Null: today (the <see cref="TimeProvider"/>).</param>
/// <param name="Kind">The structure's kind: chooses the ETP base and the aid amount parameters (ACI by default).</param>
public sealed record StructureYearReportRequest(
    int Year,
    decimal ConventionedEtp,
    decimal ModulationPercent = 0m,
    DateOnly? AsOf = null,
    StructureKind Kind = StructureKind.Aci);
