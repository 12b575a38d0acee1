using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>Contracts and PASS IAE ending in the next 30/60/90 days from the as-of day, at the windows' boundaries.</summary>
public sealed class StructureYearEndingTests
{
    [Fact]
    public async Task Contracts_ending_day_30_are_in_the_30_day_window_day_31_in_the_60_day_one_day_91_out()
    {
        var s = new YearReportStructure();
        await s.HireAsync("d-1", "2026-01-05", "2026-05-31");   // yesterday: out
        await s.HireAsync("d0", "2026-01-05", "2026-06-01");    // the as-of day: 0
        await s.HireAsync("d30", "2026-02-01", "2026-07-01");
        await s.HireAsync("d31", "2026-02-01", "2026-07-02");
        await s.HireAsync("d60", "2026-02-01", "2026-07-31");
        await s.HireAsync("d61", "2026-02-01", "2026-08-01");
        await s.HireAsync("d90", "2026-02-01", "2026-08-30");
        await s.HireAsync("d91", "2026-02-01", "2026-08-31");   // out

        var report = await s.Service(D("2026-06-01")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-06-01")));

        Assert.Equal(
            [("d0", 0, 30), ("d30", 30, 30), ("d31", 31, 60), ("d60", 60, 60), ("d61", 61, 90), ("d90", 90, 90)],
            report.EndingContracts.Select(c => (c.Contract.Value, c.DaysLeft, c.Window)));
    }

    [Fact]
    public async Task A_contract_ended_early_before_the_as_of_day_is_not_ending_soon_L1243_1()
    {
        var s = new YearReportStructure();
        var c = await s.HireAsync("c1", "2026-01-05", "2026-06-30");
        c.Terminate(D("2026-05-15"), CddiTerminationReason.MutualAgreement);
        await s.Contracts.UpdateAsync(c);
        var report = await s.Service(D("2026-06-01")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-06-01")));
        Assert.Empty(report.EndingContracts);
    }

    [Fact]
    public async Task PASS_IAE_ending_day_30_are_in_the_30_day_window_day_31_in_the_60_day_one_day_91_out_with_the_contract_they_hold()
    {
        var s = new YearReportStructure();
        await s.HireAsync("c30", "2026-01-05", "2026-12-31", passEnd: "2026-07-01");
        await s.HireAsync("c31", "2026-01-05", "2026-06-30", passEnd: "2026-07-02");
        await s.HireAsync("c90", "2026-01-05", "2026-09-30", passEnd: "2026-08-30");
        await s.HireAsync("c91", "2026-01-05", "2026-09-30", passEnd: "2026-08-31");

        var report = await s.Service(D("2026-06-01")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-06-01")));

        Assert.Equal(
            [("pass-c30", 30, 30, "c30"), ("pass-c31", 31, 60, "c31"), ("pass-c90", 90, 90, "c90")],
            report.EndingPasses.Select(p => (p.Pass.Value, p.DaysLeft, p.Window, p.Contract!.Value.Value)));
        Assert.Equal(D("2026-12-31"), report.EndingPasses[0].ContractLastDay);   // the PASS ends before its contract
    }
}
