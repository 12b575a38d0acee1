using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>The aide au poste in euros: the amount in force each day (DOMAIN.md §6, dated rows) and the modulated part.</summary>
public sealed class StructureYearAidTests
{
    private static async Task<StructureYearReport> Year2024Async(decimal modulation = 5m)
    {
        var s = new YearReportStructure();
        await s.HireAsync("c1", "2024-01-08", "2024-12-31", weeklyHours: 35);
        await s.WorkAsync("c1", 7m, Days("2024-10-01", "2024-10-26"));   // 26 × 7 = 182 h = 0.1 ETP under 23 458 €
        await s.WorkAsync("c1", 7m, Days("2024-11-01", "2024-11-26"));   // 182 h = 0.1 ETP under 23 921 €
        return await s.Service(D("2024-12-31")).ReportAsync(new StructureYearReportRequest(2024, 10m, modulation, D("2024-12-31")));
    }

    [Fact]
    public async Task A_year_across_the_2024_11_01_amount_change_is_pro_rata_by_days_23458_then_23921()
    {
        var report = await Year2024Async();

        Assert.Collection(report.AidAmounts,
            a => Assert.Equal((new DateRange(D("2024-01-01"), D("2024-10-31")), 23_458m, 305), (a.Period, a.AmountPerEtp, a.Period.LengthInDays)),
            a => Assert.Equal((new DateRange(D("2024-11-01"), D("2024-12-31")), 23_921m, 61), (a.Period, a.AmountPerEtp, a.Period.LengthInDays)));
        var year = report.AidYear!;
        // 10 ETP × (305 × 23 458 + 61 × 23 921) / 366 = 86 138 710 / 366 = 235 351.666… €
        Assert.Equal(235_351.67m, year.AgreementBase);
        Assert.Equal(11_767.58m, year.AgreementModulated);                 // 5 % of 235 351.666…
        // 0.1 ETP × 23 458 + 0.1 ETP × 23 921: each hour earns the amount of its own day.
        Assert.Equal(4_737.90m, year.EarnedBase);
        Assert.Equal(236.90m, year.EarnedModulated);                        // 5 % of 4 737.90 = 236.895
        Assert.Equal(4_974.80m, year.Earned);
        Assert.Equal(19_868.80m, report.AidMonths[9].AgreementBase);       // October: 10 × 31 × 23 458 / 366
        Assert.Equal(19_607.38m, report.AidMonths[10].AgreementBase);      // November: 10 × 30 × 23 921 / 366
        Assert.Equal(2_345.80m, report.AidMonths[9].EarnedBase);
        Assert.Equal(2_392.10m, report.AidMonths[10].EarnedBase);
    }

    [Fact]
    public async Task Without_a_modulated_part_the_modulated_euros_are_zero()
    {
        var report = await Year2024Async(0m);
        Assert.Equal(0m, report.AidYear!.AgreementModulated);
        Assert.Equal(report.AidYear.AgreementBase, report.AidYear.Agreement);
    }

    [Fact]
    public async Task An_override_of_the_amount_is_used_and_listed_with_its_author()
    {
        var s = new YearReportStructure(DefaultParameters().With(AidePosteParameters.BaseAmount(StructureKind.Aci), 24_000m, "host: test agreement"));
        await s.HireAsync("c1", "2024-01-08", "2024-12-31", weeklyHours: 35);
        var report = await s.Service(D("2024-12-31")).ReportAsync(new StructureYearReportRequest(2024, 1m, AsOf: D("2024-12-31")));
        Assert.Equal(24_000m, Assert.Single(report.AidAmounts).AmountPerEtp);
        Assert.Equal(24_000m, report.AidYear!.AgreementBase);
        var o = Assert.Single(report.Overrides);
        Assert.Equal(("AidePoste.BaseAmount.ACI", "24000", "host: test agreement"), (o.Name, o.Value, o.By));
        Assert.Contains(report.Parameters, p => p.Name == "AidePoste.BaseAmount.ACI" && p.Source == "override by host: test agreement");
    }

    [Fact]
    public async Task A_kind_without_known_amounts_reports_ETP_and_says_the_aid_is_not_computed()
    {
        var s = new YearReportStructure();
        var report = await s.Service(D("2024-12-31")).ReportAsync(new StructureYearReportRequest(2024, 1m, AsOf: D("2024-12-31"), Kind: StructureKind.Ai));
        Assert.Null(report.AidYear);
        Assert.Empty(report.AidMonths);
        Assert.Contains(report.Notes, n => n.Contains("AidePoste.BaseAmount.AI", StringComparison.Ordinal));
    }
}
