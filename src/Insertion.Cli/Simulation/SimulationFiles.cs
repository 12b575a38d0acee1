using System.Text;
using Insertion.Cohorts;
using Insertion.Contracts;

namespace Insertion.Cli.Simulation;

/// <summary>
/// The report files of a year, written by <c>simulate</c> and rebuilt by <c>report --db</c>: report.html,
/// plan.ics, year-report.md and a CSV of every table (UTF-8 without BOM, CRLF, invariant culture: the same
/// result gives the same bytes). Each file is a stream over the file: the tables' rows are written as they
/// are made, never gathered into one text first.
/// </summary>
internal static class SimulationFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> WriteAsync(SimulationResult result, string folder, CancellationToken ct)
    {
        var dir = Path.GetFullPath(folder);
        Directory.CreateDirectory(dir);
        var written = 0;
        async Task Write(string name, Func<TextWriter, Task> content)
        {
            var stream = new FileStream(Path.Combine(dir, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            var writer = new StreamWriter(stream, Utf8, 1 << 16);
            await using (writer.ConfigureAwait(false))
            {
                await content(writer).ConfigureAwait(false);
            }
            written++;
        }
        foreach (var table in result.Tables())
        {
            await Write(table.Name + ".csv", w => table.WriteCsvAsync(w, ct)).ConfigureAwait(false);
        }
        foreach (var (name, content) in StructureYearReportCsv.Render(result.Year))
        {
            await Write("year-" + name, w => w.WriteAsync(content)).ConfigureAwait(false);
        }
        await Write("year-report.md", w => w.WriteAsync(StructureYearReportMarkdown.Render(result.Year))).ConfigureAwait(false);
        // the plan's calendar has an event per promotion and week: its size follows the promotions, not the people
        await Write("plan.ics", w => w.WriteAsync(PlanICalendar.ForPlans(result.Plans, new DateTimeOffset(result.Options.Year, 1, 1, 0, 0, 0, TimeSpan.Zero)))).ConfigureAwait(false);
        await Write("report.html", w => w.WriteAsync(SimulationPage.Render(result))).ConfigureAwait(false);
        return written;
    }
}
