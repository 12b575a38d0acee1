using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// The aide au poste report under dated parameters (DOMAIN.md §2, §6, "law as dated parameters"):
/// the ETP base and the amount per ETP in force on each day worked apply to that day's hours, also
/// when a value changes in the middle of a month or on December 31; an override applies on every
/// day, before the first row too; hours on a day with no ETP base in force are an error, not a zero;
/// the report lists the parameters it used, the overrides that concern it, and what it could not compute.
/// </summary>
public sealed class EtpParameterPeriodRuleTests
{
    private static readonly ParameterKey<WorkMinutes> AciBase = AidePosteParameters.EtpAnnualHours(StructureKind.Aci);
    private static readonly ParameterKey<decimal> AciAmount = AidePosteParameters.BaseAmount(StructureKind.Aci);

    private static LegalParameters Table(Action<LegalParameters> fill)
    {
        var table = new LegalParameters();
        fill(table);
        return table.Freeze();
    }

    private static EtpReport Report(LegalParameters parameters, int year, params ContractHoursLedger[] ledgers) =>
        Reporting(parameters, new DateOnly(year, 12, 31)).Report(new EtpReportRequest(StructureKind.Aci, year, 1m), ledgers);

    [Fact]
    public void An_amount_changing_mid_month_applies_from_its_first_day_DOMAIN_6()
    {
        var table = Table(t => t
            .Add(AciBase, D("2014-07-01"), WorkMinutes.FromHours(1820), "base")
            .Add(AciAmount, D("2023-01-01"), 18_200m, "arrêté 1")
            .Add(AciAmount, D("2023-03-15"), 36_400m, "arrêté 2"));
        var ledger = Ledger(C1, Line(C1, "2023-03-14", 18.2m, "a"), Line(C1, "2023-03-15", 18.2m, "b"));
        var report = Report(table, 2023, ledger);
        // 18.2 h = 0.01 ETP: 182 € on March 14, 364 € on March 15.
        Assert.Equal(182m + 364m, report.Total.AidOnHoursWorked);
        Assert.Equal(546m, report.Months[2].AidOnHoursWorked);
        Assert.Equal(decimal.Round(((18_200m * 73) + (36_400m * 292)) / 365, 2), report.Total.AidConventioned);
        var amounts = report.Parameters.Where(p => p.Name == AciAmount.Name).ToList();
        Assert.Equal(
            [new ParameterUse(AciAmount.Name, new DateRange(D("2023-01-01"), D("2023-03-14")), "18200", "arrêté 1"),
             new ParameterUse(AciAmount.Name, new DateRange(D("2023-03-15"), D("2023-12-31")), "36400", "arrêté 2")],
            amounts);
        Assert.Equal([new DateRange(D("2023-01-01"), D("2023-12-31"))], report.Parameters.Where(p => p.Name == AciBase.Name).Select(p => p.Period));
    }

    [Fact]
    public void An_ETP_base_changing_on_December_31_applies_to_that_day_only()
    {
        var table = Table(t => t
            .Add(AciBase, D("2014-07-01"), WorkMinutes.FromHours(1820), "base 1")
            .Add(AciBase, D("2023-12-31"), WorkMinutes.FromHours(910), "base 2")
            .Add(AciAmount, D("2022-01-01"), 10_000m, "arrêté"));
        var ledger = Ledger(C1, Line(C1, "2023-12-30", 9.1m, "a"), Line(C1, "2023-12-31", 9.1m, "b"));
        var report = Report(table, 2023, ledger);
        // 9.1 h / 1 820 h + 9.1 h / 910 h = 0.005 + 0.01 ETP.
        Assert.Equal(0.015m, decimal.Round(report.Total.EtpConsumed, 12));
        Assert.Equal(0.015m, decimal.Round(report.Months[11].EtpConsumed, 12));
        Assert.Equal(150m, report.Total.AidOnHoursWorked);
        Assert.Equal(new DateRange(D("2023-12-31"), D("2023-12-31")), report.Parameters.Single(p => p.Source == "base 2").Period);
    }

    [Fact]
    public void Hours_on_a_day_with_no_ETP_base_in_force_are_an_error_not_a_zero()
    {
        var table = Table(t => t
            .Add(AciBase, D("2023-03-15"), WorkMinutes.FromHours(1820), "base")
            .Add(AciAmount, D("2022-01-01"), 10_000m, "arrêté"));
        var early = Ledger(C1, Line(C1, "2023-03-14", 7, "a"));
        Assert.Throws<InvalidOperationException>(() => Report(table, 2023, early));
    }

    [Fact]
    public void Planned_hours_on_days_with_no_ETP_base_in_force_are_an_error()
    {
        var table = Table(t => t
            .Add(AciBase, D("2023-03-15"), WorkMinutes.FromHours(1820), "base")
            .Add(AciAmount, D("2022-01-01"), 10_000m, "arrêté"));
        var request = new EtpReportRequest(StructureKind.Aci, 2023, 1m,
            Plans: [ContractPlan.Constant(C1, new DateRange(D("2023-02-01"), D("2023-02-28")), WorkMinutes.FromHours(35))]);
        Assert.Throws<InvalidOperationException>(() => Reporting(table, D("2023-01-31")).Report(request, []));
        var later = Ledger(C1, Line(C1, "2023-03-15", 18.2m, "a"));
        var report = Report(table, 2023, later);
        Assert.Equal(0.01m, decimal.Round(report.Total.EtpConsumed, 12));
        Assert.Contains(report.Notes, n => n.Contains("No ETP base", StringComparison.Ordinal) && n.Contains("2023-01-01 to 2023-03-14", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overridden_amount_applies_before_its_first_row_and_only_its_overrides_are_listed()
    {
        Assert.True(Parameters().TryWith(AciAmount.Name, "20000", "site amiens", out var amount, out _));
        Assert.True(amount.TryWith("AidePoste.EtpAnnualHours.AI", "1500", "site amiens", out var both, out _));
        var ledger = Ledger(C1, Line(C1, "2021-06-01", 18.2m, "a"));
        var report = Reporting(amount, D("2021-12-31")).Report(new EtpReportRequest(StructureKind.Aci, 2021, 1m), [ledger]);
        Assert.Equal(200m, report.Total.AidOnHoursWorked);
        Assert.Equal(20_000m, report.Total.AidConventioned);
        Assert.Empty(report.Notes);
        Assert.Equal(AciAmount.Name, Assert.Single(report.Overrides).Name);
        Assert.Equal(AciAmount.Name, Assert.Single(Reporting(both, D("2021-12-31")).Report(new EtpReportRequest(StructureKind.Aci, 2021, 1m), [ledger]).Overrides).Name);
    }

    [Fact]
    public void A_kind_without_amounts_says_no_amount_is_known_for_it_and_a_year_before_the_first_amount_says_when()
    {
        var ai = Reporting(Parameters(), D("2024-12-31")).Report(new EtpReportRequest(StructureKind.Ai, 2024, 1m), []);
        Assert.Contains("No aid amount is known for AI", Assert.Single(ai.Notes), StringComparison.Ordinal);
        var early = Reporting(Parameters(), D("2021-12-31")).Report(new EtpReportRequest(StructureKind.Aci, 2021, 1m), []);
        Assert.Contains("from 2021-01-01 to 2021-12-31", Assert.Single(early.Notes), StringComparison.Ordinal);
        Assert.Null(early.Total.AidConventioned);
        Assert.Equal(0m, early.Total.AidOnHoursWorked);
    }
}
