using System.Text;
using Insertion.Cohorts;
using Insertion.Contracts;

namespace Insertion.Cli.Simulation;

/// <summary>
/// The report files of a year, written by <c>simulate</c> and rebuilt by <c>report --db</c>: report.html,
/// plan.ics, year-report.md and a CSV of every table (UTF-8 without BOM, CRLF, invariant culture: the same
/// result gives the same bytes).
/// </summary>
internal static class SimulationFiles
{
    public static async Task<int> WriteAsync(SimulationResult result, string folder, CancellationToken ct)
    {
        var dir = Path.GetFullPath(folder);
        Directory.CreateDirectory(dir);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = 0;
        async Task Write(string name, string content)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, name), content, utf8, ct).ConfigureAwait(false);
            written++;
        }
        foreach (var table in result.Tables())
        {
            await Write(table.Name + ".csv", table.ToCsv()).ConfigureAwait(false);
        }
        foreach (var (name, content) in StructureYearReportCsv.Render(result.Year))
        {
            await Write("year-" + name, content).ConfigureAwait(false);
        }
        await Write("year-report.md", StructureYearReportMarkdown.Render(result.Year)).ConfigureAwait(false);
        await Write("plan.ics", PlanICalendar.ForPlans(result.Plans, new DateTimeOffset(result.Options.Year, 1, 1, 0, 0, 0, TimeSpan.Zero))).ConfigureAwait(false);
        await Write("report.html", SimulationPage.Render(result)).ConfigureAwait(false);
        return written;
    }
}
