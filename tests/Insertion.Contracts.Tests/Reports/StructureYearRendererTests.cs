using System.Globalization;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Reports.YearReportStructure;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>The renderers a person reads: Markdown and CSV (RFC 4180, invariant culture, stable columns), deterministic.</summary>
public sealed class StructureYearRendererTests
{
    [Fact]
    public async Task Renderers_give_the_same_bytes_for_the_same_structure_whatever_the_culture()
    {
        var first = await StructureYearReportExample.BuildAsync();
        var second = await StructureYearReportExample.BuildAsync();
        var md = StructureYearReportMarkdown.Render(first);
        var csv = StructureYearReportCsv.Render(first);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(md, StructureYearReportMarkdown.Render(second));
            Assert.Equal(csv, StructureYearReportCsv.Render(second));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Equal(StructureYearReportCsv.FileNames, csv.Select(t => t.Key));
    }

    [Fact]
    public void CSV_fields_are_quoted_as_RFC_4180_says()
    {
        Assert.Equal("plain", StructureYearReportCsv.Field("plain"));
        Assert.Equal("\"a,b\"", StructureYearReportCsv.Field("a,b"));
        Assert.Equal("\"say \"\"x\"\"\"", StructureYearReportCsv.Field("say \"x\""));
        Assert.Equal("\"two\r\nlines\"", StructureYearReportCsv.Field("two\r\nlines"));
    }

    [Fact]
    public async Task CSV_tables_have_a_header_CRLF_line_ends_and_invariant_numbers()
    {
        var csv = StructureYearReportCsv.Render(await StructureYearReportExample.BuildAsync()).ToDictionary(t => t.Key, t => t.Value);
        var months = csv["etp-months.csv"].Split("\r\n");
        Assert.Equal("month,from,to,days,hours,etp_realised,etp_realised_cumulative,etp_conventioned,etp_conventioned_cumulative,etp_cumulative_gap,projected_hours,etp_projected,etp_projected_cumulative", months[0]);
        Assert.Equal(14, months.Length);                      // header, 12 months, the empty string after the last CRLF
        Assert.EndsWith("\r\n", csv["summary.csv"], StringComparison.Ordinal);
        Assert.Contains("aid_agreement,", csv["summary.csv"], StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv["summary.csv"].Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"", csv["parameters.csv"], StringComparison.Ordinal);   // sources hold commas: quoted
    }

    [Fact]
    public async Task CSV_is_written_one_file_per_table()
    {
        var report = await StructureYearReportExample.BuildAsync();
        var dir = Path.Combine(Path.GetTempPath(), "insertion-year-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = await StructureYearReportCsv.WriteAsync(report, dir);
            Assert.Equal(StructureYearReportCsv.FileNames, paths.Select(Path.GetFileName));
            var expected = StructureYearReportCsv.Render(report).ToDictionary(t => t.Key, t => t.Value);
            foreach (var path in paths)
            {
                Assert.Equal(expected[Path.GetFileName(path)], await File.ReadAllTextAsync(path));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_example_in_docs_is_what_the_example_structure_renders()
    {
        var md = StructureYearReportMarkdown.Render(await StructureYearReportExample.BuildAsync());
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", "structure-year-report.md");
        if (Environment.GetEnvironmentVariable("INSERTION_UPDATE_EXAMPLES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, StructureYearReportExample.Preamble + md + StructureYearReportExample.Postscript);
        }
        Assert.Equal(StructureYearReportExample.Preamble + md + StructureYearReportExample.Postscript, (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insertion.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Insertion.slnx not found above the test's directory.");
    }
}
