using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>Exit categories and rates, counted in the year of the contract's last day (DOMAIN.md §2, "Exits").</summary>
public sealed class StructureYearExitTests
{
    [Fact]
    public async Task Exit_rates_per_workshop_and_for_the_structure_count_durable_transitional_positive_other_and_the_dynamic_rate()
    {
        var s = new YearReportStructure(null, "auto-bleue", "etap-web", "ilot-gourmand");
        await s.ExitAsync("e1", "auto-bleue", "2026-01-01", ExitSituation.PermanentJob);             // durable
        await s.ExitAsync("e2", "auto-bleue", "2026-03-15", ExitSituation.FixedTermJobUnder6Months); // transitional
        await s.ExitAsync("e3", "auto-bleue", "2026-06-30", ExitSituation.Training);                 // positive
        await s.ExitAsync("e4", "auto-bleue", "2026-12-31", ExitSituation.NoSolution);               // other
        await s.ExitAsync("e5", "ilot-gourmand", "2026-05-04", ExitSituation.OtherIaeStructure);     // positive
        await s.ExitAsync("e6", "ilot-gourmand", "2026-08-31", ExitSituation.Unknown);               // other
        await s.ExitAsync("e7", "ilot-gourmand", "2025-12-31", ExitSituation.PermanentJob);          // last day in 2025: not counted
        await s.ExitAsync("e8", "ilot-gourmand", "2027-01-01", ExitSituation.PermanentJob);          // 2027: not counted

        var report = await s.Service(D("2026-12-31")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-12-31")));

        Assert.Equal(["auto-bleue", "etap-web", "ilot-gourmand"], report.ExitsByWorkshop.Select(e => e.Workshop!.Value.Value));
        var auto = report.ExitsByWorkshop[0];
        Assert.Equal((4, 1, 1, 1, 1), (auto.Exits, auto.Durable, auto.Transitional, auto.Positive, auto.Other));
        Assert.Equal(0.75m, auto.DynamicRate);
        Assert.Equal(0, report.ExitsByWorkshop[1].Exits);                 // registered, no exit: a row of zeros
        Assert.Equal(0m, report.ExitsByWorkshop[1].DynamicRate);
        var ilot = report.ExitsByWorkshop[2];
        Assert.Equal((2, 0, 0, 1, 1), (ilot.Exits, ilot.Durable, ilot.Transitional, ilot.Positive, ilot.Other));
        Assert.Equal(0.5m, ilot.DynamicRate);
        var all = report.Exits;
        Assert.Null(all.Workshop);
        Assert.Equal((6, 1, 1, 2, 2), (all.Exits, all.Durable, all.Transitional, all.Positive, all.Other));
        Assert.Equal(4m / 6m, all.DynamicRate);                          // (1 + 1 + 2) / 6
        Assert.Equal(1m / 6m, all.DurableRate);
        Assert.Equal(2m / 6m, all.OtherRate);
    }
}
