using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>A structure's aide au poste report for one year: the year, each month, and the parameters behind them.</summary>
/// <param name="Kind">The structure's kind.</param>
/// <param name="Year">The year.</param>
/// <param name="AsOf">Last day of actual hours in the projection.</param>
/// <param name="ModulationPercent">The modulated part applied (0–10 %).</param>
/// <param name="Total">The year's figures.</param>
/// <param name="Months">The twelve months' figures, January first.</param>
/// <param name="Parameters">The ETP base and aid amount values used, with their sources and days.</param>
/// <param name="Overrides">Overrides in force of the parameters used: never silent.</param>
/// <param name="Notes">What could not be computed and why (e.g. no aid amount known for the kind).</param>
public sealed record EtpReport(
    StructureKind Kind,
    int Year,
    DateOnly AsOf,
    decimal ModulationPercent,
    EtpFigures Total,
    IReadOnlyList<EtpFigures> Months,
    IReadOnlyList<ParameterUse> Parameters,
    IReadOnlyList<ParameterOverride> Overrides,
    IReadOnlyList<string> Notes);
