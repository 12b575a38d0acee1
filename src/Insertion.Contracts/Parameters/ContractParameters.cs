namespace Insertion.Contracts;

/// <summary>
/// The keys of the Contracts module's dated parameters ("law as dated parameters"). Their values
/// and sources are contributed by <see cref="ContractParameterSource"/>; a host reads them with
/// <see cref="Insertion.Abstractions.LegalParameters.On{T}"/> and may override them (overrides are listed).
/// </summary>
public static class ContractParameters
{
    /// <summary>Minimum length of a CDDI, in months date à date (C. trav. L5132-15-1).</summary>
    public static readonly ParameterKey<int> CddiMinMonths = new("CDDI.MinMonths");

    /// <summary>Cap of a CDDI and its renewals, in months from the first start (C. trav. L5132-15-1).</summary>
    public static readonly ParameterKey<int> CddiMaxMonths = new("CDDI.MaxMonths");

    /// <summary>Cap with the 50-and-over extension, months from the first start (R5132-1-8).</summary>
    public static readonly ParameterKey<int> CddiSeniorMaxMonths = new("CDDI.SeniorMaxMonths");

    /// <summary>Age from which the senior extension applies (C. trav. L5132-15-1).</summary>
    public static readonly ParameterKey<int> CddiSeniorMinAge = new("CDDI.SeniorMinAge");

    /// <summary>Cap with the RQTH extension, months from the first start (R5132-1-8).</summary>
    public static readonly ParameterKey<int> CddiRqthMaxMonths = new("CDDI.RqthMaxMonths");

    /// <summary>Cap with the particular-difficulties extension, months from the first start (L5132-15-1).</summary>
    public static readonly ParameterKey<int> CddiParticularDifficultiesMaxMonths = new("CDDI.ParticularDifficultiesMaxMonths");

    /// <summary>Longest particular-difficulties renewal, months from the day after the current end (L5132-15-1).</summary>
    public static readonly ParameterKey<int> CddiParticularDifficultiesRenewalMonths = new("CDDI.ParticularDifficultiesRenewalMonths");

    /// <summary>Least weekly working time of a CDDI (L5132-15-1, D5132-43-5).</summary>
    public static readonly ParameterKey<WorkMinutes> CddiMinWeeklyHours = new("CDDI.MinWeeklyHours");

    /// <summary>Most weekly working time of a CDDI: the legal weekly duration (L5132-15-1, L3121-27).</summary>
    public static readonly ParameterKey<WorkMinutes> CddiMaxWeeklyHours = new("CDDI.MaxWeeklyHours");

    /// <summary>Trial days per full week of the contract's initial length (L1242-10).</summary>
    public static readonly ParameterKey<int> CddiTrialDaysPerWeek = new("CDDI.TrialDaysPerWeek");

    /// <summary>Length (months date à date) up to which a contract is "short" for the trial cap (L1242-10).</summary>
    public static readonly ParameterKey<int> CddiTrialShortContractMonths = new("CDDI.TrialShortContractMonths");

    /// <summary>Trial cap of a short contract, in days (L1242-10: two weeks).</summary>
    public static readonly ParameterKey<int> CddiTrialShortMaxDays = new("CDDI.TrialShortMaxDays");

    /// <summary>Trial cap of a longer contract, in months date à date (L1242-10: one month).</summary>
    public static readonly ParameterKey<int> CddiTrialLongMaxMonths = new("CDDI.TrialLongMaxMonths");

    /// <summary>Default length of a PASS IAE in days, both ends included (itou/approvals: 2 × 365).</summary>
    public static readonly ParameterKey<int> PassLengthDays = new("PassIae.LengthDays");

    /// <summary>Longest PASS IAE suspension, months date à date from its first day (itou/approvals).</summary>
    public static readonly ParameterKey<int> PassSuspensionMaxMonths = new("PassIae.SuspensionMaxMonths");

    /// <summary>How a suspension moves the PASS end: issuer (to − from) or inclusive (DOMAIN.md §6).</summary>
    public static readonly ParameterKey<PassSuspensionExtension> PassSuspensionExtensionMode = new("PassIae.SuspensionExtension");

    /// <summary>Most days one prolongation request adds (itou/approvals), senior CDI excepted.</summary>
    public static readonly ParameterKey<int> PassProlongationMaxDays = new("PassIae.ProlongationMaxDays");

    /// <summary>Most days one senior-CDI prolongation request adds (itou/approvals).</summary>
    public static readonly ParameterKey<int> PassSeniorCdiProlongationMaxDays = new("PassIae.SeniorCdiProlongationMaxDays");

    /// <summary>Total prolongation days of a PASS past which a 50-and-over prolongation is refused.</summary>
    public static readonly ParameterKey<int> PassSeniorProlongationTotalDays = new("PassIae.SeniorProlongationTotalDays");

    /// <summary>Total prolongation days of a PASS past which an RQTH prolongation is refused.</summary>
    public static readonly ParameterKey<int> PassRqthProlongationTotalDays = new("PassIae.RqthProlongationTotalDays");

    /// <summary>Total prolongation days of a PASS past which a particular-difficulties prolongation is refused.</summary>
    public static readonly ParameterKey<int> PassParticularDifficultiesProlongationTotalDays = new("PassIae.ParticularDifficultiesProlongationTotalDays");

    /// <summary>Age from which the 50-and-over prolongation applies.</summary>
    public static readonly ParameterKey<int> PassSeniorMinAge = new("PassIae.SeniorMinAge");

    /// <summary>Age from which the senior-CDI prolongation applies.</summary>
    public static readonly ParameterKey<int> PassSeniorCdiMinAge = new("PassIae.SeniorCdiMinAge");

    /// <summary>Most paid hours of one contract on one day (C. trav. L3121-18: 10 h daily maximum working time).</summary>
    public static readonly ParameterKey<decimal> HoursDailyMaxHours = new("Hours.DailyMaxHours");
}
