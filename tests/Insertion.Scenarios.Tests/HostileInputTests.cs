using System.Globalization;
using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// <c>insertion check</c> survives hostile input (SCENARIOS.md, first section; issue #19): each class
/// of malformed input is exit 2 with the file, the line and a plain reason, never an exception type or
/// a stack trace. Each theory tries several inputs of its class, not one example.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    // Line 1 name, 2 people, 3-4 the people, 5 steps: the first step is on line 6.
    private const string Head = "name: hostile\npeople:\n  p1: { birthDate: 1980-01-01, sex: F }\n  p2: { birthDate: 1960-01-01, sex: M }\nsteps:\n";
    private const int FirstStepLine = 6;

    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Scenario(params string[] steps) => Head + string.Concat(steps.Select(s => "  - " + s + "\n"));

    private async Task<(int Exit, string Out, string Err, string Path)> CheckAsync(string yaml)
    {
        var path = Path.Combine(_dir, "hostile.yaml");
        await File.WriteAllTextAsync(path, yaml);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await InsertionCommand.RunAsync(["check", path], output, error);
        return (exit, output.ToString(), error.ToString(), path);
    }

    /// <summary>Exit 2, the file and the line, the reason, and nothing a user should not see.</summary>
    private static void AssertFormatError((int Exit, string Out, string Err, string Path) run, int? line, string? reason = null)
    {
        Assert.True(run.Exit == 2, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains(line is null ? $"{run.Path}:" : $"{run.Path}:{line}:", run.Err, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, run.Err, StringComparison.Ordinal);
        }
        AssertPlain(run.Out + run.Err);
        Assert.EndsWith("0 passed, 1 failed", run.Out.TrimEnd(), StringComparison.Ordinal);
    }

    internal static void AssertPlain(string text)
    {
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", text, StringComparison.OrdinalIgnoreCase);
    }

    // ---- YAML that is not YAML ------------------------------------------------------------

    [Theory]
    [InlineData("name: x\nsteps:\n  - advance: { to: 2026-01-01\n")]                   // unclosed flow mapping
    [InlineData("name: x\nsteps:\n  - advance: { to: 2026-01-01, \n  - advance: {}\n")]
    [InlineData("name: x\nsteps: [ { advance: { to: 2026-01-01 } }\n")]                // unclosed flow sequence
    [InlineData("name: \"x\nsteps: []\n")]                                               // unclosed quote
    [InlineData("name: x\nsteps: []\n  bad: indentation\n")]
    [InlineData("name: x\n\tsteps: []\n")]                                               // tab indentation
    [InlineData("name: x\nname: y\nsteps: []\n")]                                        // a key given twice
    [InlineData("name: x\nsteps:\n  - advance: *nowhere\n")]                             // alias to nothing
    [InlineData("name: x\n? &k [*k]\n: 1\nsteps: []\n")]                                 // a key that contains itself
    [InlineData("name: x\nsteps: &s [*s]\n")]                                              // a list that contains itself
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n? [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n: 1\nname: x\nsteps: []\n")] // aliases multiplying nodes
    [InlineData("name: x\nsteps: ]\n")]
    [InlineData("name: x\nsteps: { advance: }}\n")]
    [InlineData("%YAML 9.9\n---\nname: x\nsteps: []\n")]
    [InlineData("name: x\nsteps:\n  - advance: { to: 2026-01-01 }\n---\n{ unclosed\n")]  // a broken second document
    public async Task Invalid_YAML_exits_2_with_file_line_and_a_plain_reason(string yaml)
    {
        var run = await CheckAsync(yaml);
        AssertFormatError(run, line: null);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(run.Path)}:\d+: ", run.Err);
    }

    // ---- numbers too large (or not numbers) for hours and counts ---------------------------

    public static TheoryData<string, string> HourSteps() => new()
    {
        { "", "sentence: { measure: m1, person: p1, hours: {0}, from: 2026-03-02, months: 6 }" },
        { "issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: {0} }" },
        { "sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: 6 }", "logTig: { measure: m1, on: 2026-03-03, hours: {0}, kind: task, key: k1 }" },
        { "", "paidWork: { person: p1, week: 2026-W10, hours: {0} }" },
        { "sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: 6 }", "expect: { measure: m1, done: {0} }" },
    };

    private static readonly string[] BadHours =
    [
        "1000000000000000000", "79228162514264337593543950335", "792281625142643375935439503350000", "100000.01",
        "3.555", "0.001", "-5", "-0.01", "NaN", "nan", ".inf", "-.inf", "Infinity", "1e3", "0x10", "1_000", "'3,5'", "٣", "+-3",
    ];

    public static TheoryData<string, string, string> HourCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var step in HourSteps())
        {
            foreach (var value in BadHours)
            {
                data.Add((string)step[0], (string)step[1], value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HourCases))]
    public async Task Hours_too_large_negative_over_two_decimals_or_not_numbers_exit_2_at_their_line(string before, string step, string value)
    {
        var steps = before.Length == 0 ? new[] { step.Replace("{0}", value, StringComparison.Ordinal) } : [before, step.Replace("{0}", value, StringComparison.Ordinal)];
        var run = await CheckAsync(Scenario(steps));
        AssertFormatError(run, FirstStepLine + steps.Length - 1);
    }

    public static TheoryData<string, string, string> CountCases()
    {
        string[] huge = ["2147483647", "-2147483648", "99999999999999999999", "79228162514264337593543950335", "1000001"];
        string[] notWhole = ["3.5", "NaN", "1e3", "0x10", "٣"];
        (string Before, string Step, bool Expect)[] steps =
        [
            ("", "sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: {0} }", false),
            ("issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 30, trialDays: {0} }", false),
            ("issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: {0}, weeklyHours: 30 }", false),
            ("", "openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-01-05, capacity: {0} }", false),
            ("issuePass: { pass: a1, person: p2, start: 2026-01-05 }", "prolongPass: { pass: a1, months: {0}, reason: senior }", false),
            ("openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-01-05 }", "expect: { cohort: k1, enrolled: {0} }", true),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var (before, step, expect) in steps)
        {
            foreach (var value in expect ? huge : huge.Concat(notWhole))
            {
                data.Add(before, step, value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CountCases))]
    public async Task Counts_months_capacity_and_trial_days_too_large_or_not_whole_exit_2_at_their_line(string before, string step, string value)
    {
        var steps = before.Length == 0 ? new[] { step.Replace("{0}", value, StringComparison.Ordinal) } : [before, step.Replace("{0}", value, StringComparison.Ordinal)];
        var run = await CheckAsync(Scenario(steps));
        AssertFormatError(run, FirstStepLine + steps.Length - 1);
    }

    [Theory]
    [InlineData("TIG.DailyMaxHours", "1000000000000000000000000")]
    [InlineData("CDDI.MinWeeklyHours", "79228162514264337593543950335")]
    [InlineData("CDDI.MaxMonths", "2147483647")]
    [InlineData("TIG.PedagogicalShareMax", "99999999999999999999999999999999")]
    public async Task A_parameter_override_too_large_exits_2_at_its_line(string name, string value)
    {
        var run = await CheckAsync($"name: p\nparams:\n  {name}: {value}\nsteps:\n  - advance: {{ to: 2026-01-01 }}\n");
        AssertFormatError(run, 3);
    }

    // ---- nesting deeper than 64 levels ------------------------------------------------------

    public static TheoryData<string, int> DeepNestings() => new()
    {
        { "flow-sequence", 65 }, { "flow-sequence", 30_000 },
        { "flow-mapping", 65 }, { "flow-mapping", 30_000 },
        { "mixed-flow", 30_000 },
        { "block-sequence", 65 }, { "block-sequence", 30_000 },
        { "block-mapping", 65 }, { "block-mapping", 500 },
    };

    internal static string Nested(string kind, int depth) => kind switch
    {
        "flow-sequence" => "name: deep\nsteps:\n  - advance: " + new string('[', depth) + new string(']', depth) + "\n",
        "flow-mapping" => "name: deep\nsteps:\n  - advance: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
        "mixed-flow" => "name: deep\nsteps:\n  - advance: " + string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "[" : "{a: "))
            + "1" + string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => i % 2 == 0 ? "]" : "}")) + "\n",
        "block-sequence" => "name: deep\nsteps:\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        "block-mapping" => "name: deep\nsteps:\n" + string.Concat(Enumerable.Range(1, depth).Select(i => new string(' ', i) + "a:\n")) + new string(' ', depth + 1) + "x\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(DeepNestings))]
    public async Task YAML_nested_deeper_than_64_levels_exits_2_without_overflowing_the_stack(string kind, int depth)
    {
        var run = await CheckAsync(Nested(kind, depth));
        AssertFormatError(run, line: null, reason: "nested deeper than 64 levels");
    }

    // The deepest each shape may go: the file's mapping, the steps list and (flow shapes) the step's own mapping count too.
    [Theory]
    [InlineData("flow-sequence", 61)]
    [InlineData("flow-mapping", 61)]
    [InlineData("mixed-flow", 61)]
    [InlineData("block-sequence", 63)]
    [InlineData("block-mapping", 63)]
    public async Task Nesting_of_64_levels_is_read_and_one_more_is_refused(string kind, int deepestAllowed)
    {
        var allowed = await CheckAsync(Nested(kind, deepestAllowed));
        Assert.Equal(2, allowed.Exit); // not a scenario's shape, but read
        Assert.DoesNotContain("nested deeper", allowed.Err, StringComparison.Ordinal);
        AssertPlain(allowed.Out + allowed.Err);

        var refused = await CheckAsync(Nested(kind, deepestAllowed + 1));
        AssertFormatError(refused, line: null, reason: "nested deeper than 64 levels");
    }

    // ---- dates at the calendar's ends --------------------------------------------------------

    public static TheoryData<string[]> CalendarEnds() =>
    [
        ["issuePass: { pass: a1, person: p1, start: 9999-12-31 }"],
        ["issuePass: { pass: a1, person: p1, start: 9998-06-01 }"],
        ["issuePass: { pass: a1, person: p2, start: 9998-01-05, end: 9999-12-31 }", "prolongPass: { pass: a1, months: 1, reason: senior }"],
        ["issuePass: { pass: a1, person: p2, start: 9998-01-05, end: 9999-06-30 }", "prolongPass: { pass: a1, months: 12, reason: training }"],
        ["issuePass: { pass: a1, person: p1, start: 9998-01-05, end: 9999-12-20 }", "suspendPass: { pass: a1, from: 9999-12-01, to: 9999-12-30, reason: sickness }"],
        ["issuePass: { pass: a1, person: p1, start: 9997-06-01 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 9999-01-04, months: 8, weeklyHours: 26 }", "renew: { contract: c1, months: 12 }"],
        ["issuePass: { pass: a1, person: p1, start: 9999-06-01, end: 9999-12-31 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 9999-06-01, end: 9999-12-31, weeklyHours: 26, trialDays: 99999 }"],
        ["issuePass: { pass: a1, person: p1, start: 9999-06-01, end: 9999-12-31 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 9999-12-20, months: 4, weeklyHours: 26 }"],
        ["openCohort: { cohort: k1, programme: aqi-amiens, start: 9999-10-01 }"],
        ["openCohort: { cohort: k1, programme: aqi-amiens, start: 9999-12-31 }"],
        ["sentence: { measure: m1, person: p1, hours: 40, from: 9999-12-01, months: 6 }"],
        ["sentence: { measure: m1, person: p1, hours: 40, from: 9999-12-31, months: 1 }"],
        ["sentence: { measure: m1, person: p1, hours: 100, from: 9999-01-01, months: 11 }", "suspendTig: { measure: m1, from: 9999-02-01, to: 9999-11-30, reason: medical }"],
    ];

    [Theory]
    [MemberData(nameof(CalendarEnds))]
    public async Task A_step_whose_dates_would_leave_the_calendar_exits_2_at_its_line(string[] steps)
    {
        var run = await CheckAsync(Scenario(steps));
        AssertFormatError(run, FirstStepLine + steps.Length - 1);
    }

    [Fact]
    public async Task The_last_day_of_the_calendar_itself_is_a_date_like_any_other()
    {
        var run = await CheckAsync(Scenario(
            "issuePass: { pass: a1, person: p1, start: 9999-01-01, end: 9999-12-31 }",
            "advance: { to: 9999-12-31 }",
            "expect: { pass: a1, end: 9999-12-31, state: Valid }"));
        Assert.True(run.Exit == 0, run.Out + run.Err);
    }

    // ---- dates before the law existed ----------------------------------------------------------

    public static TheoryData<string[]> BeforeTheLaw() =>
    [
        ["issuePass: { pass: a1, person: p1, start: 1950-01-01 }"],
        ["issuePass: { pass: a1, person: p1, start: 0001-01-01 }"],
        ["issuePass: { pass: a1, person: p1, start: 1995-03-01 }"], // after the first TIG rule, before the PASS's parameters
        ["sentence: { measure: m1, person: p1, hours: 40, from: 0001-01-01, months: 6 }"],
        ["sentence: { measure: m1, person: p1, hours: 40, from: 1980-05-05, months: 6 }"],
        ["sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: 6 }", "logTig: { measure: m1, on: 0001-01-01, hours: 2, kind: task, key: k1 }"],
        ["issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 1901-01-07, months: 8, weeklyHours: 26 }"],
        ["openCohort: { cohort: k1, programme: aqi-amiens, start: 1970-01-05 }"],
        ["advance: { to: 1900-01-01 }"],
    ];

    [Theory]
    [MemberData(nameof(BeforeTheLaw))]
    public async Task A_date_on_which_no_parameter_of_the_rule_is_in_force_exits_2_at_its_line(string[] steps)
    {
        var run = await CheckAsync(Scenario(steps));
        AssertFormatError(run, FirstStepLine + steps.Length - 1);
    }

    // ---- ids introduced twice --------------------------------------------------------------------

    public static TheoryData<string[]> IntroducedTwice() =>
    [
        ["issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "issuePass: { pass: a1, person: p2, start: 2026-02-05 }"],
        ["issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }",
            "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }"],
        ["issuePass: { pass: a1, person: p1, start: 2026-01-05 }", "issuePass: { pass: a2, person: p2, start: 2026-01-05 }",
            "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }",
            "hire: { contract: c1, person: p2, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }"],
        ["sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: 6 }", "sentence: { measure: m1, person: p2, hours: 60, from: 2026-04-02, months: 6 }"],
        ["openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-01-05 }", "openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-09-07 }"],
    ];

    [Theory]
    [MemberData(nameof(IntroducedTwice))]
    public async Task An_id_introduced_twice_by_steps_that_succeeded_exits_2_at_the_second(string[] steps)
    {
        var run = await CheckAsync(Scenario(steps));
        AssertFormatError(run, FirstStepLine + steps.Length - 1);
    }

    [Fact]
    public async Task A_refused_hire_does_not_introduce_its_contract_which_can_be_hired_again()
    {
        var run = await CheckAsync(Head
            + "  - hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }\n"
            + "    expectError: PASS-IAE-MISSING\n"
            + "  - issuePass: { pass: a1, person: p1, start: 2026-01-05 }\n"
            + "  - hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }\n"
            + "  - expect: { contract: c1, state: Trial, end: 2026-09-04 }\n");
        Assert.True(run.Exit == 0, run.Out + run.Err);
    }

    [Fact]
    public async Task A_refused_sentence_does_not_introduce_its_measure_which_can_be_sentenced_again()
    {
        var run = await CheckAsync(Head
            + "  - sentence: { measure: m1, person: p1, hours: 5, from: 2026-03-02, months: 6 }\n"
            + "    expectError: TIG-HOURS-RANGE\n"
            + "  - sentence: { measure: m1, person: p1, hours: 40, from: 2026-03-02, months: 6 }\n"
            + "  - expect: { measure: m1, remaining: 40 }\n");
        Assert.True(run.Exit == 0, run.Out + run.Err);
    }

    [Fact]
    public async Task A_step_on_the_id_of_a_refused_step_fails_in_plain_words()
    {
        var run = await CheckAsync(Scenario(
            "hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 26 }",
            "renew: { contract: c1, months: 4 }"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("step 2 (line 7)", run.Out, StringComparison.Ordinal);
        Assert.Contains("contract 'c1' does not exist", run.Out, StringComparison.Ordinal);
        AssertPlain(run.Out + run.Err);
    }

    // ---- files too large to be a scenario --------------------------------------------------------

    [Fact]
    public async Task A_file_larger_than_a_scenario_can_be_exits_2_without_reading_it_all()
    {
        var run = await CheckAsync("name: big\nsteps: []\n# " + new string('x', ScenarioParser.MaxFileChars) + "\n");
        AssertFormatError(run, 0, "larger than");
    }

    [Fact]
    public async Task Control_characters_from_a_file_never_reach_the_terminal()
    {
        var run = await CheckAsync("name: x\nsteps:\n  - \"\\e[2Jfly\\r\\nPASS\": { to: moon }\n");
        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain('\u001b', run.Err);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{run.Path}:3: unknown verb"), run.Err, StringComparison.Ordinal);
    }
}
