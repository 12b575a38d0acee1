using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>Weekly limits reported, not refused (DOMAIN.md §2), each on both sides of its boundary.</summary>
public sealed class StructureYearWeeklyLimitTests
{
    // ISO weeks of 2026: W10 = 2026-03-02 (Mon) .. 2026-03-08, W11 = 03-09.., W12 = 03-16.., W13 = 03-23..
    private static async Task<YearReportStructure> WeeksAsync(int weeklyHours, long below, long at)
    {
        var s = new YearReportStructure();
        await s.HireAsync("c1", "2026-01-05", "2026-09-04", weeklyHours);
        // Spread over Monday to Thursday: at most 24 h a day.
        await Spread(s, "2026-03-02", below);
        await Spread(s, "2026-03-09", at);
        return s;
    }

    private static async Task Spread(YearReportStructure s, string monday, long minutes)
    {
        var day = D(monday);
        var perDay = minutes / 4;
        for (var i = 0; i < 4; i++)
        {
            await s.WorkMinutesAsync("c1", IsoDates.Format(day.AddDays(i)), i < 3 ? perDay : minutes - (3 * perDay));
        }
    }

    private static async Task<IReadOnlyList<WeeklyLimitFinding>> FindingsAsync(YearReportStructure s) =>
        (await s.Service(D("2026-12-31")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-12-31")))).WeeklyLimits;

    [Fact]
    public async Task Complementary_hours_above_a_tenth_of_a_part_time_contract_are_reported_L3123_20()
    {
        // 26 h a week: a tenth is 2.6 h, so 28.6 h (1 716 min) is at the limit and 1 717 min is above it.
        var findings = await FindingsAsync(await WeeksAsync(26, 1716, 1717));
        var f = Assert.Single(findings);
        Assert.Equal((new IsoWeek(2026, 11), WeeklyLimitKind.ComplementaryAboveShare, 28.6m, 1717L),
            (f.Week, f.Kind, f.ThresholdHours, f.Worked.Minutes));
        Assert.Equal(WorkMinutes.FromHours(26), f.ContractualWeekly);
        Assert.Contains("L3123-20", f.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complementary_share_up_to_a_third_by_agreement_is_a_parameter_and_its_override_is_listed_L3123_28()
    {
        var s = new YearReportStructure(DefaultParameters().With(WeeklyLimitParameters.ComplementaryShareMax, 1m / 3m, "branch agreement (test)"));
        await s.HireAsync("c1", "2026-01-05", "2026-09-04", 24);
        await Spread(s, "2026-03-02", 32 * 60);          // 24 h + a third = 32 h: at the limit
        await Spread(s, "2026-03-09", (32 * 60) + 1);    // one minute above
        var report = await s.Service(D("2026-12-31")).ReportAsync(new StructureYearReportRequest(2026, 1m, AsOf: D("2026-12-31")));
        var f = Assert.Single(report.WeeklyLimits);
        Assert.Equal((new IsoWeek(2026, 11), WeeklyLimitKind.ComplementaryAboveShare), (f.Week, f.Kind));
        Assert.Equal("override by branch agreement (test)", f.Source);
        Assert.Contains(report.Overrides, o => o.Name == "Hours.ComplementaryShareMax");
    }

    [Fact]
    public async Task A_part_time_week_reaching_35_h_is_reported_L3123_9()
    {
        // 32 h a week: 34 h 59 does not reach 35 h, 35 h does (both are within 32 h + a tenth = 35.2 h).
        var findings = await FindingsAsync(await WeeksAsync(32, (35 * 60) - 1, 35 * 60));
        var f = Assert.Single(findings);
        Assert.Equal((new IsoWeek(2026, 11), WeeklyLimitKind.PartTimeReachesLegalDuration, 35m), (f.Week, f.Kind, f.ThresholdHours));
        Assert.Contains("L3123-9", f.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_above_48_h_is_reported_and_a_full_time_contract_has_no_complementary_hours_L3121_20()
    {
        // 35 h a week (full time): 48 h is at the maximum, 48 h 01 above it.
        var findings = await FindingsAsync(await WeeksAsync(35, 48 * 60, (48 * 60) + 1));
        var f = Assert.Single(findings);
        Assert.Equal((new IsoWeek(2026, 11), WeeklyLimitKind.AboveWeeklyMaximum, 48m), (f.Week, f.Kind, f.ThresholdHours));
        Assert.Contains("L3121-20", f.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_within_every_limit_is_not_reported()
    {
        var findings = await FindingsAsync(await WeeksAsync(26, 26 * 60, 20 * 60));
        Assert.Empty(findings);
    }
}
