using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>What a structure asks for its aide au poste report of one year.</summary>
/// <param name="Kind">The structure's kind: chooses the ETP base and the aid amount parameters.</param>
/// <param name="Year">The calendar year reported.</param>
/// <param name="EtpConventioned">ETP of the structure's annual agreement with the State (not negative).</param>
/// <param name="ModulationPercent">The modulated part of the aid, 0 to 10 % of the base amount (annual agreement).</param>
/// <param name="AsOf">Last day of actual hours for the projection; planned hours count from the next day. Null: today.</param>
/// <param name="Plans">The contracts' planned weekly hours, for the projection to year end.</param>
/// <param name="Contracts">The structure's contracts whose hours count; null: every ledger.</param>
public sealed record EtpReportRequest(
    StructureKind Kind,
    int Year,
    decimal EtpConventioned,
    decimal ModulationPercent = 0m,
    DateOnly? AsOf = null,
    IReadOnlyList<ContractPlan>? Plans = null,
    IReadOnlyCollection<ContractId>? Contracts = null);
