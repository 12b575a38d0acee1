using System.Globalization;
using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// The structure's year as a director reads it (issue #17; DOMAIN.md §2 "Aide au poste", weekly
/// limits, "Exits"; §6 aid amounts as dated rows): one query over the stored contracts, PASS IAE,
/// worked-hours ledgers and exits. Scoped, stateless: every call reads the store through
/// specifications and computes the report; nothing is cached.
/// </summary>
/// <remarks>
/// <para><b>ETP.</b> Realised ETP = paid hours of the days up to the as-of day / the annual ETP base
/// in force on each day (<c>AidePoste.EtpAnnualHours.ACI</c>, 1 820 h); conventioned ETP per month =
/// the agreement's ETP × the month's days / the year's days; the projection adds each contract's
/// weekly hours / 7 on every day it is in force after the as-of day, to its last day or December 31
/// (public holidays not deducted).</para>
/// <para><b>Aide au poste.</b> The amount per ETP in force each day (<c>AidePoste.BaseAmount.ACI</c>,
/// dated rows: a change on 2024-11-01 counts pro rata by days), plus the modulated part (0–10 %):
/// earned = realised hours / base × the amount of each day worked; the agreement pays
/// conventioned ETP × Σ amount of each day / the year's days. Euros are rounded to the cent per period.</para>
/// <para><b>Exits.</b> Counted in the year of the contract's last day (the exit's own end), per
/// workshop and for the structure; the dynamic-exit rate is (durable + transitional + positive) / exits.</para>
/// <para><b>Weekly limits</b> are listed, not refused, per contract and ISO week
/// (<see cref="WeeklyLimitParameters"/>).</para>
/// <para>Hours are those of the stored contracts' ledgers: a ledger of a contract the store does not
/// hold is not read.</para>
/// </remarks>
public sealed class StructureYearReportService
{
    private readonly IRepository<CddiContract> _contracts;
    private readonly IRepository<PassIae> _passes;
    private readonly IRepository<ContractHoursLedger> _ledgers;
    private readonly IRepository<ContractExit> _exits;
    private readonly LegalParameters _parameters;
    private readonly WorkshopRegistry _workshops;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public StructureYearReportService(
        IRepository<CddiContract> contracts,
        IRepository<PassIae> passes,
        IRepository<ContractHoursLedger> ledgers,
        IRepository<ContractExit> exits,
        LegalParameters parameters,
        WorkshopRegistry workshops,
        TimeProvider time)
    {
        _contracts = Guard.Against.Null(contracts);
        _passes = Guard.Against.Null(passes);
        _ledgers = Guard.Against.Null(ledgers);
        _exits = Guard.Against.Null(exits);
        _parameters = Guard.Against.Null(parameters);
        _workshops = Guard.Against.Null(workshops);
        _time = Guard.Against.Null(time);
    }

    /// <summary>
    /// Query twin of <see cref="ReportAsync"/>: <c>AID-MODULATION-RANGE</c> when the modulated part
    /// is outside 0–10 % (DOMAIN.md §2, §6); empty when the report can be built.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998, or the conventioned ETP is negative.</exception>
    public static IReadOnlyList<RuleViolation> CanReport(StructureYearReportRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.OutOfRange(request.Year, nameof(request), 1, 9998);
        Guard.Against.Negative(request.ConventionedEtp, nameof(request));
        Guard.Against.EnumOutOfRange(request.Kind, nameof(request));
        return request.ModulationPercent is < 0m or > 10m
            ? [RuleCodes.AidModulationRange.Violation(
                $"The modulated part is {request.ModulationPercent.ToString(CultureInfo.InvariantCulture)} %, outside 0 to 10 %",
                ("modulationPercent", request.ModulationPercent))]
            : [];
    }

    /// <summary>The year report of the structure (the store's contracts, PASS IAE, ledgers and exits).</summary>
    /// <exception cref="RuleViolationException"><c>AID-MODULATION-RANGE</c>.</exception>
    /// <exception cref="InvalidOperationException">Hours are realised or planned on a day with no ETP base in force for the kind.</exception>
    public async Task<StructureYearReport> ReportAsync(StructureYearReportRequest request, CancellationToken cancellationToken = default)
    {
        RuleViolationException.ThrowIfAny(CanReport(request));
        var asOf = request.AsOf ?? _time.Today();
        var horizon = new DateRange(asOf, asOf.AddDays(StructureYearReport.Windows[^1]));
        var read = StructureYearCalculation.ReadRange(request.Year);
        var year = new DateRange(new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));

        var contracts = await _contracts.ListAsync(new ContractsOverlappingSpec(read), cancellationToken).ConfigureAwait(false);
        var ledgers = contracts.Count == 0
            ? []
            : await _ledgers.ListAsync(new LedgersOfKeysSpec(contracts.Select(c => c.Key)), cancellationToken).ConfigureAwait(false);
        var exits = await _exits.ListAsync(new ExitsEndingWithinSpec(year), cancellationToken).ConfigureAwait(false);
        var ending = await _contracts.ListAsync(new ContractsLastDayWithinSpec(horizon), cancellationToken).ConfigureAwait(false);
        var passes = await _passes.ListAsync(new PassesStartedBySpec(horizon.End), cancellationToken).ConfigureAwait(false);
        var inForce = await _contracts.ListAsync(new ContractsInForceOnSpec(asOf), cancellationToken).ConfigureAwait(false);
        var workshops = _workshops.All.Select(w => w.Id).ToList();

        return StructureYearCalculation.Build(request, asOf, _parameters,
            new StructureYearInputs(contracts, ledgers, exits, workshops, ending, passes, inForce));
    }
}
