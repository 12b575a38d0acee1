using System.Xml.Linq;
using Insertion.Cli;
using Ical.Net;

namespace Insertion.Scenarios.Tests;

/// <summary>The main job: a small simulated year keeps every invariant, and its files are readable and reproducible.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-simulate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await InsertionCommand.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<string[]> Csv(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();

    [Fact]
    public async Task A_small_year_keeps_the_invariants_and_writes_readable_reproducible_files()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        var first = await RunAsync("simulate", "--year", "2026", "--seed", "7", "--people", "40", "--out", a);
        Assert.True(first.Exit == 0, first.Err + first.Out);
        Assert.Contains("2026", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", first.Out + first.Err, StringComparison.Ordinal);

        // every CDDI within the legal limits: at least 20 h a week, at most 35 h; last day not after 24 months unless extended
        var contracts = Csv(Path.Combine(a, "contracts.csv"));
        Assert.NotEmpty(contracts);
        foreach (var c in contracts)
        {
            var weekly = decimal.Parse(c[7], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(weekly, 20m, 35m);
            var start = DateOnly.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture);
            var last = DateOnly.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(last >= start);
            Assert.True(last <= Insertion.Abstractions.LegalDates.MonthsEnd(start, 84), c[0]);
        }

        // ETP = hours / 1 820, month by month
        foreach (var m in Csv(Path.Combine(a, "etp-by-month.csv")))
        {
            var hours = decimal.Parse(m[1], System.Globalization.CultureInfo.InvariantCulture);
            var etp = decimal.Parse(m[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(hours / 1820m - etp) <= 0.00005m, string.Join(",", m));
        }

        // funnels consistent: enrolled ≥ followed ≥ sat ≥ passed; women + men ≤ enrolled
        foreach (var f in Csv(Path.Combine(a, "funnels.csv")))
        {
            var n = f.Skip(3).Take(8).Select(int.Parse).ToArray();
            Assert.True(n[0] >= n[4] && n[4] >= n[5] && n[5] >= n[6] && n[1] + n[2] <= n[0], string.Join(",", f));
        }

        // TIG: done never above the hours sentenced
        foreach (var t in Csv(Path.Combine(a, "tig-measures.csv")))
        {
            Assert.True(decimal.Parse(t[3], System.Globalization.CultureInfo.InvariantCulture) <= decimal.Parse(t[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        // the ICS parses; the HTML is well-formed and self-contained
        var calendar = Calendar.Load(await File.ReadAllTextAsync(Path.Combine(a, "plan.ics")));
        Assert.NotNull(calendar);
        Assert.NotEmpty(calendar!.Events);
        var html = await File.ReadAllTextAsync(Path.Combine(a, "report.html"));
        var xml = XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        Assert.Equal("html", xml.Root!.Name.LocalName);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        // the same seed and year give byte-identical CSV and ICS
        var second = await RunAsync("simulate", "--year", "2026", "--seed", "7", "--people", "40", "--out", b);
        Assert.Equal(0, second.Exit);
        foreach (var file in Directory.GetFiles(a).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".ics", StringComparison.Ordinal)))
        {
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(Path.Combine(b, Path.GetFileName(file))));
        }
    }

    [Fact]
    public async Task Weekly_timesheet_batches_pay_the_hours_the_daily_lines_paid_issue_26()
    {
        // Issue #26 point 4: a contract's hours go as one RecordBatchAsync per ISO week, the lines of the days it worked.
        // The figures below are those of the per-day path (one RecordAsync per contract per day) for this seed and size.
        var dir = Path.Combine(_dir, "weekly");
        var run = await RunAsync("simulate", "--year", "2026", "--seed", "7", "--people", "40", "--out", dir);
        Assert.True(run.Exit == 0, run.Err + run.Out);
        var contracts = Csv(Path.Combine(dir, "contracts.csv"));
        Assert.Equal(35, contracts.Count);
        Assert.Equal(36547.4m, contracts.Sum(c => decimal.Parse(c[8], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(21801.4m, Csv(Path.Combine(dir, "etp-by-month.csv")).Sum(m => decimal.Parse(m[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(Csv(Path.Combine(dir, "refusals.csv")), r => r[0].StartsWith("HOURS-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirected_run_prints_a_line_per_phase_on_stderr_and_the_summary_in_people_per_second_issue_26()
    {
        var run = await RunAsync("simulate", "--year", "2026", "--seed", "5", "--people", "20", "--site", "all", "--out", Path.Combine(_dir, "phases"));
        Assert.True(run.Exit == 0, run.Err + run.Out);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^Planning \d+ people… done in \d+\.\d s\.$", lines[0]);
        var years = lines.Where(l => l.StartsWith("Simulating ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(years);
        Assert.StartsWith("Simulating 2026… done in ", years[0], StringComparison.Ordinal);
        Assert.Equal(years.Count, years.Select(l => l[..15]).Distinct().Count()); // one line a year, not a line a day
        var last = System.Text.RegularExpressions.Regex.Match(years[^1], @": (\d+) of (\d+) people done, [\d.]+ people/s\.$");
        Assert.True(last.Success, years[^1]);
        Assert.Equal(last.Groups[2].Value, last.Groups[1].Value); // everyone's activity is behind the last day
        Assert.Contains(lines, l => l.StartsWith("Reading the figures back… done in ", StringComparison.Ordinal));
        Assert.Matches(@"^Writing \d+ files… done in \d+\.\d s\.$", lines[^1]);
        Assert.Matches(@"Simulated 20 people in \d+\.\d s: [\d.]+ people/s \(\d+ commands through the public services, \d+ refused\)\.", run.Out);
        Assert.DoesNotContain("done in", run.Out, StringComparison.Ordinal); // stdout keeps the report
    }

    [Fact]
    public async Task A_year_simulated_into_SQLite_is_rebuilt_by_report_from_the_database_alone_with_the_same_tables()
    {
        var db = Path.Combine(_dir, "year.db");
        var a = Path.Combine(_dir, "sim");
        var b = Path.Combine(_dir, "rebuilt");
        var simulated = await RunAsync("simulate", "--year", "2026", "--seed", "3", "--people", "15", "--out", a, "--db", db);
        Assert.True(simulated.Exit == 0, simulated.Err + simulated.Out);
        var rebuilt = await RunAsync("report", "--db", db, "--year", "2026", "--out", b);
        Assert.True(rebuilt.Exit == 0, rebuilt.Err + rebuilt.Out);
        var files = Directory.GetFiles(a).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 15);
        foreach (var file in files.Where(f => Path.GetFileName(f) != "refusals.csv")) // refusals are counted by the run, not stored
        {
            var expected = await File.ReadAllBytesAsync(file);
            var actual = await File.ReadAllBytesAsync(Path.Combine(b, Path.GetFileName(file)));
            Assert.True(expected.AsSpan().SequenceEqual(actual), Path.GetFileName(file));
        }
    }

    [Fact]
    public async Task Report_on_a_database_path_that_does_not_exist_fails_and_creates_nothing_issue_27()
    {
        var db = Path.Combine(_dir, "mistyped.db");
        var run = await RunAsync("report", "--db", db, "--year", "2026", "--out", Path.Combine(_dir, "out"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("no database at", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Theory]
    [InlineData("paris", "2026")]
    [InlineData("amiens", "2025")]
    public async Task Report_for_a_site_or_year_the_database_does_not_hold_is_refused_saying_what_it_holds_issue_27(string site, string year)
    {
        var db = Path.Combine(_dir, "amiens.db");
        var simulated = await RunAsync("simulate", "--year", "2026", "--seed", "3", "--people", "15", "--out", Path.Combine(_dir, "sim"), "--db", db);
        Assert.True(simulated.Exit == 0, simulated.Err + simulated.Out);
        var out_ = Path.Combine(_dir, "out");
        var run = await RunAsync("report", "--db", db, "--site", site, "--year", year, "--out", out_);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"holds nothing for {site} in {year}", run.Err, StringComparison.Ordinal);
        Assert.Contains("amiens 2026", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(out_));
    }

    [Theory]
    [InlineData("--site", "lille")]
    [InlineData("--people", "0")]
    [InlineData("--year", "1900")]
    public async Task Bad_options_exit_2_with_a_plain_message(string option, string value)
    {
        var (exit, _, err) = await RunAsync("simulate", option, value, "--out", _dir);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }
}
