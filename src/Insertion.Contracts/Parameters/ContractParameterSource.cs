namespace Insertion.Contracts;

/// <summary>
/// The Contracts module's dated parameters with their sources (DOMAIN.md §2 and §6). The first
/// rows are dated 2000-01-01: they carry the value as in force today, and the earlier history of
/// each article is not encoded (a later value is added as a new row, never by editing one).
/// </summary>
public sealed class ContractParameterSource : ILegalParameterSource
{
    private static readonly DateOnly Origin = new(2000, 1, 1);
    private const string CddiArticle = "C. trav. L5132-15-1 (value as in force; earlier history not encoded)";
    private const string PathwayLimit = "C. trav. R5132-1-8 (décret 2021-1128), pathway limit bounding L5132-15-1 extensions";
    private const string Itou = "les emplois de l'inclusion, itou/approvals (models.py, enums.py)";

    /// <inheritdoc />
    public void Contribute(LegalParameters table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Add(ContractParameters.CddiMinMonths, Origin, 4, CddiArticle)
            .Add(ContractParameters.CddiMaxMonths, Origin, 24, CddiArticle)
            .Add(ContractParameters.CddiSeniorMaxMonths, Origin, 84, PathwayLimit + " (50 and over)")
            .Add(ContractParameters.CddiSeniorMinAge, Origin, 50, CddiArticle)
            .Add(ContractParameters.CddiRqthMaxMonths, Origin, 60, PathwayLimit + " (RQTH)")
            .Add(ContractParameters.CddiParticularDifficultiesMaxMonths, Origin, 60, CddiArticle + " (particularly serious difficulties)")
            .Add(ContractParameters.CddiParticularDifficultiesRenewalMonths, Origin, 12, CddiArticle + " (successive decisions of at most 12 months)")
            .Add(ContractParameters.CddiMinWeeklyHours, Origin, WorkMinutes.FromHours(20), "C. trav. L5132-15-1, D5132-43-5")
            .Add(ContractParameters.CddiMaxWeeklyHours, Origin, WorkMinutes.FromHours(35), "C. trav. L5132-15-1, L3121-27 (legal weekly duration)")
            .Add(ContractParameters.CddiTrialDaysPerWeek, Origin, 1, "C. trav. L1242-10")
            .Add(ContractParameters.CddiTrialShortContractMonths, Origin, 6, "C. trav. L1242-10")
            .Add(ContractParameters.CddiTrialShortMaxDays, Origin, 14, "C. trav. L1242-10 (two weeks)")
            .Add(ContractParameters.CddiTrialLongMaxMonths, Origin, 1, "C. trav. L1242-10 (one month)")
            .Add(ContractParameters.PassLengthDays, Origin, 730, Itou + " (2 × 365 days)")
            .Add(ContractParameters.PassSuspensionMaxMonths, Origin, 36, Itou + " (suspension limits)")
            .Add(ContractParameters.PassSuspensionExtensionMode, Origin, PassSuspensionExtension.Issuer, Itou + " (end moves by to − from days)")
            .Add(ContractParameters.PassProlongationMaxDays, Origin, 365, Itou + " (prolongation limits)")
            .Add(ContractParameters.PassSeniorCdiProlongationMaxDays, Origin, 3650, Itou + " (senior CDI)")
            .Add(ContractParameters.PassSeniorProlongationTotalDays, Origin, 1825, Itou + " (50 and over; total over every prolongation, applied whatever the date)")
            .Add(ContractParameters.PassRqthProlongationTotalDays, Origin, 1095, Itou + " (RQTH; total over every prolongation)")
            .Add(ContractParameters.PassParticularDifficultiesProlongationTotalDays, Origin, 1095, Itou + " (particular difficulties; total over every prolongation)")
            .Add(ContractParameters.PassSeniorMinAge, Origin, 50, Itou + " (50 and over)")
            .Add(ContractParameters.PassSeniorCdiMinAge, Origin, 57, Itou + " (CDI signed at 57 or over)")
            .Add(ContractParameters.HoursDailyMaxHours, Origin, 10m, "C. trav. L3121-18 (daily maximum working time, 10 h)");
    }
}
