using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// What the mutation run on the host-ready code (issue #20) left alive in the Contracts module: the
/// aid report's as-of day and its refusal on the synchronous path, the reason an hours refusal gives on
/// a suspended first or last day, the argument checks of the public entry points, and a negative trial.
/// </summary>
public sealed class ContractsHostReadySurvivorRuleTests
{
    private static readonly WorkMinutes TenHours = WorkMinutes.FromHours(10);

    [Fact]
    public void The_aid_report_projects_from_the_requested_as_of_day_not_from_the_clock_DOMAIN_6()
    {
        var ledger = Ledger(C1, Line(C1, "2023-02-28", 7, "a"), Line(C1, "2023-03-01", 5, "b"));
        var week = ContractPlan.Constant(C1, new DateRange(D("2023-03-01"), D("2023-03-07")), WorkMinutes.FromHours(28));
        var reporting = Reporting(Parameters(), D("2030-06-01"));
        var asOf = reporting.Report(new EtpReportRequest(StructureKind.Aci, 2023, 1m, AsOf: D("2023-02-28"), Plans: [week]), [ledger]);
        Assert.Equal(7m + 28m, decimal.Round(asOf.Total.ProjectedHours, 12));
        var byClock = reporting.Report(new EtpReportRequest(StructureKind.Aci, 2023, 1m, Plans: [week]), [ledger]);
        Assert.Equal(12m, decimal.Round(byClock.Total.ProjectedHours, 12));
    }

    [Fact]
    public void The_synchronous_aid_report_refuses_a_modulation_above_10_percent_AID_MODULATION_RANGE()
    {
        var reporting = Reporting(Parameters(), D("2023-06-01"));
        var ex = Assert.Throws<RuleViolationException>(() =>
            reporting.Report(new EtpReportRequest(StructureKind.Aci, 2023, 1m, ModulationPercent: 10.5m), []));
        Assert.Equal("AID-MODULATION-RANGE", ex.Violation.Code);
    }

    [Fact]
    public void The_aid_report_query_twin_checks_its_arguments_before_the_rule()
    {
        Assert.Throws<ArgumentNullException>(() => EtpReporting.CanReport(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => EtpReporting.CanReport(new EtpReportRequest(StructureKind.Aci, 0, 1m, ModulationPercent: 50m)));
        Assert.Throws<ArgumentException>(() => EtpReporting.CanReport(new EtpReportRequest(StructureKind.Aci, 2023, -1m, ModulationPercent: 50m)));
    }

    [Theory]
    [InlineData("2026-01-05", "it starts on")]     // suspended from its first day
    [InlineData("2026-05-04", "its last day")]     // suspended on its last day
    public void HOURS_OUTSIDE_CONTRACT_on_a_suspended_first_or_last_day_says_suspended(string day, string notSaid)
    {
        var contract = Fixtures.Hire(months: 4, trialDays: 0);
        contract.Suspend(D(day), CddiSuspensionReason.Pmsmp);
        var ledger = new ContractHoursLedger(C1);
        var v = Assert.Single(ledger.CanRecord(Line(C1, day, 7, "a"), contract, TenHours));
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", v.Code);
        Assert.Contains("suspended", v.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(notSaid, v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checked_entry_for_another_contract_or_without_a_key_is_an_argument_error_and_nothing_is_stored()
    {
        var contract = Fixtures.Hire(months: 4, trialDays: 0);
        var ledger = new ContractHoursLedger(C1);
        Assert.Throws<ArgumentException>(() => ledger.Record(Line(C2, "2026-02-02", 7, "a"), contract, TenHours));
        Assert.Throws<ArgumentException>(() => ledger.Record(Line(C1, "2026-02-02", 7, " "), contract, TenHours));
        Assert.Throws<ArgumentNullException>(() => ledger.Record(null!, contract, TenHours));
        Assert.Equal(0, ledger.Count);
    }

    [Fact]
    public void Null_arguments_of_the_public_entry_points_are_argument_errors()
    {
        // Named after the caller's parameter, not after a LINQ method's "source".
        Assert.Equal("exits", Assert.Throws<ArgumentNullException>(() => ExitReport.Of(2026, null!)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => new AidePosteParameters().Contribute(null!)).ParamName);
        Assert.Equal("contracts", Assert.Throws<ArgumentNullException>(() => new LedgersOfContractsSpec(null!)).ParamName);
    }

    [Fact]
    public void A_negative_trial_is_an_argument_error_not_a_rule_L1242_10()
    {
        var request = Fixtures.Request(trialDays: -1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CddiContract.CanHire(request, [Fixtures.Pass()], [], Fixtures.Parameters()));
        Assert.Equal("request", ex.ParamName);
    }
}
