using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>
/// The small structure of docs/examples/structure-year-report.md: an ACI in 2024 with 2.5 conventioned
/// ETP, a 5 % modulated part, as of 2024-10-31 (so the projection runs under the 2024-11-01 amount).
/// Every figure is checked by hand in that file's preamble.
/// </summary>
internal static class StructureYearReportExample
{
    public const string Preamble = """
        <!-- Produced by tests/Insertion.Contracts.Tests/Reports/StructureYearReportExample.cs (regenerate with INSERTION_UPDATE_EXAMPLES=1 dotnet test --filter The_example_in_docs). -->
        <!-- The structure: c1 ilot-gourmand 26 h/week 2024-01-08..2024-09-06, 5.2 h every weekday (30 h in 2024-W10); c2 auto-bleue 35 h/week 2024-03-04..2024-11-29, 7 h every weekday to the as-of day (50 h in 2024-W20); c3 ilot-gourmand 20 h/week 2024-09-02..2025-01-03, 4 h every weekday to the as-of day, its PASS IAE imported with end 2024-12-15; exits: c1 permanent job (ilot-gourmand), c0 no solution (auto-bleue, 2024-02-29). -->

        """;

    public const string Postscript = """

        ## How each figure was checked by hand

        - Hours: weekdays counted on a calendar (January: c1 from Monday 2024-01-08, 18 weekdays × 5.2 h = 93.6 h; March: c1 21 weekdays × 5.2 h + 0.8 h × 5 in W10 = 113.2 h, c2 20 weekdays × 7 h = 140 h, 253.2 h); the year, 2 323 h, re-added in an independent script with exact fractions.
        - ETP = hours / 1 820: 2 323 / 1 820 = 1.2764; conventioned 2.5 × 31 / 366 = 0.2117 for a 31-day month; projected = (2 323 + 145 + 30 × 20/7 + 31 × 20/7) / 1 820 = 2 642.29 / 1 820 = 1.4518 (c2 5 h a day from 2024-11-01 to its last day 2024-11-29, c3 20/7 h a day to December 31).
        - Agreement: 2.5 × (305 × 23 458 + 61 × 23 921) / 366 = 58 837.92 €, modulated 5 % = 2 941.90 €; October 2.5 × 31 × 23 458 / 366 = 4 967.20 €, November 2.5 × 30 × 23 921 / 366 = 4 901.84 €.
        - Earned: hours × 23 458 / 1 820 up to the as-of day (all before 2024-11-01): 2 323 × 23 458 / 1 820 = 29 941.17 €, modulated 1 497.06 €; projected adds November and December hours at 23 921 €.
        - Exits: c0 (other) and c1 (durable): 1 dynamic exit of 2 = 50 %.
        - Ending: c2 ends 2024-11-29, 29 days after 2024-10-31 (≤ 30); c3 ends 2025-01-03, 64 days (≤ 90); c3's PASS ends 2024-12-15, 45 days (≤ 60), before the contract.
        - Weekly limits: c1 (26 h) worked 30 h in 2024-W10, above 26 × 1.1 = 28.6 h; c2 (35 h) worked 50 h in 2024-W20, above 48 h.

        """;

    public static async Task<StructureYearReport> BuildAsync()
    {
        var s = new YearReportStructure(null, "auto-bleue", "ilot-gourmand");
        await s.HireAsync("c1", "2024-01-08", "2024-09-06", 26, "ilot-gourmand");
        await s.HireAsync("c2", "2024-03-04", "2024-11-29", 35, "auto-bleue");
        await s.HireAsync("c3", "2024-09-02", "2025-01-03", 20, "ilot-gourmand", passEnd: "2024-12-15");
        await WeekdaysAsync(s, "c1", 5.2m, "2024-01-08", "2024-09-06", "2024-03-04", 6m);
        await WeekdaysAsync(s, "c2", 7m, "2024-03-04", "2024-10-31", "2024-05-13", 10m);
        await WeekdaysAsync(s, "c3", 4m, "2024-09-02", "2024-10-31", null, 0m);
        await s.ExitAsync("c1", "ilot-gourmand", "2024-09-06", ExitSituation.PermanentJob);
        await s.ExitAsync("c0", "auto-bleue", "2024-02-29", ExitSituation.NoSolution);
        return await s.Service(D("2024-10-31")).ReportAsync(new StructureYearReportRequest(2024, 2.5m, 5m, D("2024-10-31")));
    }

    /// <summary>Every Monday to Friday from <paramref name="from"/> to <paramref name="to"/>; the week of <paramref name="specialMonday"/> at <paramref name="specialHours"/> a day.</summary>
    private static async Task WeekdaysAsync(YearReportStructure s, string contract, decimal hours, string from, string to, string? specialMonday, decimal specialHours)
    {
        var special = specialMonday is null ? (DateRange?)null : new DateRange(D(specialMonday), D(specialMonday).AddDays(4));
        foreach (var day in new DateRange(D(from), D(to)).Days().Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            await s.WorkAsync(contract, special?.Contains(day) == true ? specialHours : hours, IsoDates.Format(day));
        }
    }
}
