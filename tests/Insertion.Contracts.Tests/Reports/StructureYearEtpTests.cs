using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>ETP realised, conventioned and projected (DOMAIN.md §2, "Aide au poste": 1 ETP of an ACI = 1 820 paid hours).</summary>
public sealed class StructureYearEtpTests
{
    private static decimal R(decimal d) => decimal.Round(d, 20);

    [Fact]
    public async Task ETP_is_paid_hours_over_1820_for_an_ACI_per_month_cumulative_and_for_the_year()
    {
        var s = new YearReportStructure();
        await s.HireAsync("c1", "2026-01-05", "2026-09-04", weeklyHours: 26);
        await s.WorkAsync("c1", 5m, Days("2026-01-05", "2026-01-24"));                 // 20 days × 5 h = 100 h
        await s.WorkAsync("c1", 7m, Days("2026-02-02", "2026-02-11"));                 // 10 days × 7 h = 70 h
        await s.WorkAsync("c1", 6m, "2026-02-12", "2026-02-13");                       // 12 h: February 82 h

        var report = await s.Service(D("2026-02-28")).ReportAsync(new StructureYearReportRequest(2026, 2m, AsOf: D("2026-02-28")));

        Assert.Equal(WorkMinutes.FromHours(100), report.Months[0].Hours);
        Assert.Equal(R(100m / 1820m), R(report.Months[0].Realised));               // 0.054945…
        Assert.Equal(R(82m / 1820m), R(report.Months[1].Realised));                // 0.045054…
        Assert.Equal(0.1m, R(report.Months[1].RealisedCumulative));                // 182 / 1 820
        Assert.Equal(0.1m, report.RealisedEtp);                                   // computed once over the year: exact
        Assert.Equal(WorkMinutes.FromHours(182), report.Hours);
        Assert.All(report.Months.Skip(2), m => Assert.Equal(0m, m.Realised));
        Assert.Equal(R(2m * 31 / 365), R(report.Months[0].Conventioned));          // pro rata of the days
        Assert.Equal(R(2m * 28 / 365), R(report.Months[1].Conventioned));
        Assert.Equal(2m, R(report.Months[11].ConventionedCumulative));
        Assert.Equal(R(0.1m - (2m * 59 / 365)), R(report.Months[1].CumulativeGap));
    }

    [Fact]
    public async Task Projection_adds_the_weekly_hours_over_7_per_day_in_force_after_the_as_of_day_until_the_contract_ends()
    {
        var s = new YearReportStructure();
        await s.HireAsync("c1", "2026-01-05", "2026-09-04", weeklyHours: 26);
        await s.WorkAsync("c1", 7m, Days("2026-01-05", "2026-01-30"));                 // 26 days × 7 h = 182 h
        var report = await s.Service(D("2026-02-28")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-02-28")));

        // 2026-03-01 .. 2026-09-04 = 31+30+31+30+31+31+4 = 188 days × 26/7 h = 4 888/7 h; + 182 h realised.
        Assert.Equal(R(182m + (4888m / 7m)), R(report.ProjectedHours));
        Assert.Equal(R(6162m / 7m / 1820m), R(report.ProjectedEtp));               // 0.483673…
        Assert.Equal(R(31m * 26m / 7m), R(report.Months[2].ProjectedHours));      // March: 31 days planned
        Assert.Equal(R(4m * 26m / 7m), R(report.Months[8].ProjectedHours));       // September: to the 4th
        Assert.Equal(0m, report.Months[9].ProjectedHours);                         // after the last day: nothing
        Assert.Equal(R(report.ProjectedEtp), R(report.Months[11].ProjectedCumulative));
    }

    [Fact]
    public async Task Hours_after_the_as_of_day_are_not_realised_and_a_note_says_so()
    {
        var s = new YearReportStructure();
        await s.HireAsync("c1", "2026-01-05", "2026-09-04");
        await s.WorkAsync("c1", 7m, "2026-02-27", "2026-03-02");
        var report = await s.Service(D("2026-02-28")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-02-28")));
        Assert.Equal(WorkMinutes.FromHours(7), report.Hours);
        Assert.Contains(report.Notes, n => n.Contains("after the as-of day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_suspended_contract_is_not_projected_while_suspended_L5132_15_2()
    {
        var s = new YearReportStructure();
        var c = await s.HireAsync("c1", "2026-01-05", "2026-09-04");
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        await s.Contracts.UpdateAsync(c);
        var report = await s.Service(D("2026-02-28")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-02-28")));
        Assert.Equal(R(1m * 26m / 7m), R(report.ProjectedHours));                 // only 2026-03-01 planned
        Assert.Contains(report.Notes, n => n.Contains("c1", StringComparison.Ordinal) && n.Contains("Suspended", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_modulated_part_outside_0_to_10_percent_is_refused_AID_MODULATION_RANGE()
    {
        var s = new YearReportStructure();
        var service = s.Service(D("2026-02-28"));
        Assert.Empty(StructureYearReportService.CanReport(new StructureYearReportRequest(2026, 1m, 10m)));
        Assert.Equal("AID-MODULATION-RANGE", Assert.Single(StructureYearReportService.CanReport(new StructureYearReportRequest(2026, 1m, 10.01m))).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => service.ReportAsync(new StructureYearReportRequest(2026, 1m, -1m)));
        Assert.Equal("AID-MODULATION-RANGE", ex.Violation.Code);
    }
}
