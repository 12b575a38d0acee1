using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>The structure's aide au poste report: hours, ETP, gap, projection and euros (DOMAIN.md §2, §6).</summary>
public sealed class EtpReportTests
{
    private const decimal AciBaseMinutes = 1820m * 60m;

    /// <summary>5 % of 1 607 h = 4 821 minutes, over four days.</summary>
    private static ContractHoursLedger FivePercentOf1607Hours() => Ledger(C1,
        new WorkedHoursLine(C1, D("2024-03-01"), new WorkMinutes(1205), "a", "cip-1"),
        new WorkedHoursLine(C1, D("2024-03-02"), new WorkMinutes(1205), "b", "cip-1"),
        new WorkedHoursLine(C1, D("2024-03-03"), new WorkMinutes(1205), "c", "cip-1"),
        new WorkedHoursLine(C1, D("2024-03-04"), new WorkMinutes(1206), "d", "cip-1"));

    private static decimal R(decimal value) => decimal.Round(value, 12);

    /// <summary>
    /// ACI 2023 (base 1 820 h, amount 22 692 € all year), modulation 5 %, 2 ETP conventioned, as of
    /// 2023-02-28. January: c1 10 h + c2 8.2 h (+ 5 h reversed) = 18.2 h = 0.01 ETP; February: c1 9.1 h = 0.005 ETP.
    /// </summary>
    private static (EtpReport Report, EtpReportRequest Request) HandComputedCase()
    {
        var c1 = Ledger(C1, Line(C1, "2023-01-10", 10, "a"), Line(C1, "2023-02-14", 9.1m, "b"));
        var c2 = Ledger(C2, Line(C2, "2023-01-11", 8.2m, "c"), Line(C2, "2023-01-12", 5, "d"));
        c2.Reverse(new HoursReversal(C2, "d", "d-rev", "cip-1"));
        var plans = new[]
        {
            ContractPlan.Constant(C1, new DateRange(D("2023-01-02"), D("2023-09-01")), WorkMinutes.FromHours(26)),
            new ContractPlan(C2, new DateRange(D("2023-01-02"), D("2023-06-30")),
            [
                new PlannedWeeklyHours(new DateRange(D("2023-01-02"), D("2023-03-31")), WorkMinutes.FromHours(20)),
                new PlannedWeeklyHours(new DateRange(D("2023-04-01"), D("2023-06-30")), WorkMinutes.FromHours(24.5m)),
            ]),
        };
        var request = new EtpReportRequest(StructureKind.Aci, 2023, EtpConventioned: 2m, ModulationPercent: 5m, AsOf: D("2023-02-28"), Plans: plans);
        return (Reporting(Parameters(), D("2023-02-28")).Report(request, [c1, c2]), request);
    }

    [Fact]
    public void Hours_and_ETP_consumed_on_a_hand_computed_case()
    {
        var (report, _) = HandComputedCase();
        Assert.Equal(WorkMinutes.FromHours(27.3m), report.Total.Worked);
        Assert.Equal(0.015m, R(report.Total.EtpConsumed));
        Assert.Equal(WorkMinutes.FromHours(18.2m), report.Months[0].Worked);
        Assert.Equal(0.01m, R(report.Months[0].EtpConsumed));
        Assert.Equal(0.005m, R(report.Months[1].EtpConsumed));
        Assert.Equal(0m, report.Months[2].EtpConsumed);
        Assert.Equal(12, report.Months.Count);
    }

    [Fact]
    public void ETP_conventioned_and_gap_are_pro_rata_of_the_days()
    {
        var (report, _) = HandComputedCase();
        Assert.Equal(2m, report.Total.EtpConventioned);
        Assert.Equal(-1.985m, R(report.Total.Gap));
        Assert.Equal(R(2m * 31 / 365), R(report.Months[0].EtpConventioned));
        Assert.Equal(R(0.01m - (2m * 31 / 365)), R(report.Months[0].Gap));
        Assert.Equal(2m, R(report.Months.Sum(m => m.EtpConventioned)));
    }

    [Fact]
    public void The_projection_adds_planned_weekly_hours_pro_rata_by_days_after_the_as_of_day()
    {
        var (report, _) = HandComputedCase();
        // c1: 2023-03-01..09-01 = 185 days × 26 h / 7; c2: March 31 days × 20 h / 7, April–June 91 days × 24.5 h / 7.
        var expected = 27.3m + (185m * 26 / 7) + (31m * 20 / 7) + (91m * 24.5m / 7);
        Assert.Equal(R(expected), R(report.Total.ProjectedHours));
        Assert.Equal(R(expected / 1820m), R(report.Total.ProjectedEtp));
        Assert.Equal(R((expected / 1820m) - 2m), R(report.Total.ProjectedGap));
        Assert.Equal(R(31m * 46 / 7), R(report.Months[2].ProjectedHours));
        Assert.Equal(18.2m, R(report.Months[0].ProjectedHours));
        Assert.Equal(R(1m * 26 / 7), R(report.Months[8].ProjectedHours));
        Assert.Equal(0m, report.Months[9].ProjectedHours);
    }

    [Fact]
    public void The_aid_is_ETP_times_the_amount_in_force_plus_the_modulated_part()
    {
        var (report, _) = HandComputedCase();
        Assert.Equal(357.40m, report.Total.AidOnHoursWorked);  // 0.015 × 22 692 × 1.05 = 357.399
        Assert.Equal(238.27m, report.Months[0].AidOnHoursWorked);  // 0.01 × 22 692 × 1.05 = 238.266
        Assert.Equal(47_653.20m, report.Total.AidConventioned);  // 2 × 22 692 × 1.05
        Assert.Equal(4_047.26m, report.Months[0].AidConventioned);  // 2 × 22 692 × 31/365 × 1.05
        Assert.Empty(report.Notes);
        Assert.Empty(report.Overrides);
    }

    [Fact]
    public void A_year_across_two_amounts_is_computed_pro_rata_of_the_days_each_is_in_force()
    {
        var c1 = Ledger(C1, Line(C1, "2024-10-31", 18.2m, "oct"), Line(C1, "2024-11-01", 18.2m, "nov"));
        var request = new EtpReportRequest(StructureKind.Aci, 2024, EtpConventioned: 1m, AsOf: D("2024-12-31"));
        var report = Reporting(Parameters(), D("2024-12-31")).Report(request, [c1]);
        // 2024 has 366 days: 23 458 € on 305 of them (to October 31), 23 921 € on 61.
        Assert.Equal(decimal.Round(((23_458m * 305) + (23_921m * 61)) / 366, 2), report.Total.AidConventioned);
        Assert.Equal(23_535.17m, report.Total.AidConventioned);
        // Each hour earns the amount in force on its day: 0.01 ETP × 23 458 + 0.01 ETP × 23 921.
        Assert.Equal(234.58m + 239.21m, report.Total.AidOnHoursWorked);
        Assert.Equal(23_458m * 31 / 366, report.Months[9].AidConventioned!.Value, 2);
        var amounts = report.Parameters.Where(p => p.Name == "AidePoste.BaseAmount.ACI").ToList();
        Assert.Equal([new DateRange(D("2024-01-01"), D("2024-10-31")), new DateRange(D("2024-11-01"), D("2024-12-31"))], amounts.Select(a => a.Period));
        Assert.Equal(["23458", "23921"], amounts.Select(a => a.Value));
    }

    [Fact]
    public void Days_without_a_known_amount_leave_the_aid_uncomputed_and_say_so()
    {
        var c1 = Ledger(C1, Line(C1, "2022-09-15", 18.2m, "sep"));
        var report = Reporting(Parameters(), D("2022-12-31"))
            .Report(new EtpReportRequest(StructureKind.Aci, 2022, 1m, AsOf: D("2022-12-31")), [c1]);
        Assert.Null(report.Total.AidConventioned);
        Assert.Null(report.Months[6].AidConventioned);
        Assert.Equal(22_289m * 31 / 365, report.Months[7].AidConventioned!.Value, 2);
        Assert.Equal(222.89m, report.Total.AidOnHoursWorked);  // the hours fall after 2022-08-01
        Assert.Contains(report.Notes, n => n.Contains("2022-07-31", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_without_amounts_reports_ETP_and_no_euros()
    {
        var c1 = FivePercentOf1607Hours();
        var report = Reporting(Parameters(), D("2024-12-31"))
            .Report(new EtpReportRequest(StructureKind.Ai, 2024, 1m, AsOf: D("2024-12-31")), [c1]);
        Assert.Equal(0.05m, R(report.Total.EtpConsumed));
        Assert.Null(report.Total.AidOnHoursWorked);
        Assert.Null(report.Total.AidConventioned);
        Assert.Single(report.Notes);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(10.01)]
    public void The_modulated_part_is_refused_outside_0_to_10_percent(double percent)
    {
        var request = new EtpReportRequest(StructureKind.Aci, 2024, 1m, (decimal)percent, D("2024-12-31"));
        Assert.Equal("AID-MODULATION-RANGE", Assert.Single(EtpReporting.CanReport(request)).Code);
        var ex = Assert.Throws<RuleViolationException>(() => Reporting(Parameters(), D("2024-12-31")).Report(request, []));
        Assert.Equal("AID-MODULATION-RANGE", ex.Violation.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void The_modulated_part_bounds_are_allowed(double percent)
    {
        var request = new EtpReportRequest(StructureKind.Aci, 2024, 1m, (decimal)percent, D("2024-12-31"));
        Assert.Empty(EtpReporting.CanReport(request));
        var report = Reporting(Parameters(), D("2024-12-31")).Report(request, []);
        Assert.Equal(decimal.Round(((23_458m * 305) + (23_921m * 61)) / 366 * (1 + ((decimal)percent / 100)), 2), report.Total.AidConventioned);
    }

    [Fact]
    public void An_overridden_ETP_base_is_used_and_listed()
    {
        Assert.True(Parameters().TryWith("AidePoste.EtpAnnualHours.ACI", "1607", "site amiens", out var parameters, out _));
        var c1 = FivePercentOf1607Hours();
        var report = Reporting(parameters, D("2024-12-31")).Report(new EtpReportRequest(StructureKind.Aci, 2024, 1m, AsOf: D("2024-12-31")), [c1]);
        Assert.Equal(0.05m, R(report.Total.EtpConsumed));
        var o = Assert.Single(report.Overrides);
        Assert.Equal(("AidePoste.EtpAnnualHours.ACI", "site amiens"), (o.Name, o.By));
        Assert.Contains(report.Parameters, p => p.Source.Contains("override by site amiens", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_listed_contracts_count()
    {
        var c1 = Ledger(C1, Line(C1, "2024-03-01", 7, "a"));
        var c2 = Ledger(C2, Line(C2, "2024-03-01", 5, "a"));
        var report = Reporting(Parameters(), D("2024-12-31"))
            .Report(new EtpReportRequest(StructureKind.Aci, 2024, 1m, AsOf: D("2024-12-31"), Contracts: [C2]), [c1, c2]);
        Assert.Equal(WorkMinutes.FromHours(5), report.Total.Worked);
    }

    [Fact]
    public void Hours_of_other_years_do_not_count()
    {
        var c1 = Ledger(C1, Line(C1, "2023-12-31", 7, "a"), Line(C1, "2024-01-01", 5, "b"), Line(C1, "2025-01-01", 3, "c"));
        var report = Reporting(Parameters(), D("2024-12-31")).Report(new EtpReportRequest(StructureKind.Aci, 2024, 1m), [c1]);
        Assert.Equal(WorkMinutes.FromHours(5), report.Total.Worked);
        Assert.Equal(D("2024-12-31"), report.AsOf);
    }

    [Fact]
    public void ETP_consumed_times_the_base_gives_back_the_hours() =>
        Assert.Equal(1638m, decimal.Round(HandComputedCase().Report.Total.EtpConsumed * AciBaseMinutes));
}
