using Insertion.Abstractions;
using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>The <c>insertion</c> command: output and exit codes as SCENARIOS.md states them.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = InsertionCommand.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_malformed_file_exits_2_with_file_and_line_and_no_stack_trace()
    {
        var path = Write("bad.yaml", "name: bad\npeople:\n  p1: { birthDate: 2026-02-30, sex: F }\nsteps: []\n");
        var (exit, output, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:3:", error, StringComparison.Ordinal);
        Assert.Contains("bad date", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_whose_deadline_is_past_the_calendar_exits_2_at_its_line()
    {
        var path = Write("far.yaml", "name: far\npeople:\n  t1: { birthDate: 1980-01-01, sex: M }\nsteps:\n"
            + "  - sentence: { measure: m1, person: t1, hours: 40, from: 9999-12-01, months: 6 }\n");
        var (exit, output, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:5:", error, StringComparison.Ordinal);
        Assert.Contains("field 'from'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_sentenced_twice_exits_2_at_the_second_with_a_plain_reason()
    {
        // SCENARIOS.md: "an id introduced twice by steps that succeeded" is exit 2, with file and line.
        var path = Write("twice.yaml", "name: twice\npeople:\n  t1: { birthDate: 1980-01-01, sex: M }\nsteps:\n"
            + "  - sentence: { measure: m1, person: t1, hours: 40, from: 2026-03-02, months: 6 }\n"
            + "  - sentence: { measure: m1, person: t1, hours: 40, from: 2026-03-02, months: 6 }\n");
        var (exit, output, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:6: measure 'm1' is introduced twice", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_exits_2_with_its_line()
    {
        var path = Write("broken.yaml", "name: broken\nsteps:\n  - advance: { to: 2026-01-01\n");
        var (exit, _, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:", error, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verb_exits_2_naming_the_verb_and_line()
    {
        var path = Write("verb.yaml", "name: verb\nsteps:\n  - advance: { to: 2026-01-01 }\n  - fly: { to: moon }\n");
        var (exit, _, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:4: unknown verb 'fly'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_exits_2_naming_it()
    {
        var path = Write("missing.yaml", "name: missing\nsteps:\n  - advance: { }\n");
        var (exit, _, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains("missing field 'to'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_exits_2_naming_it()
    {
        var path = Write("field.yaml", "name: field\nsteps:\n  - advance: { to: 2026-01-01, speed: fast }\n");
        var (exit, _, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:3: unknown field 'speed'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectation_on_an_unknown_subject_exits_2()
    {
        var path = Write("who.yaml", "name: who\npeople:\n  p1: { birthDate: 1990-01-01, sex: F }\nsteps:\n  - expect: { contract: c9, state: Trial }\n");
        var (exit, _, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:5:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_file_prints_PASS_and_the_count_and_exits_0()
    {
        var path = Write("ok.yaml", "name: time goes on\nsteps:\n  - advance: { to: 2026-01-01 }\n  - advance: { to: 2026-02-01 }\n");
        var (exit, output, _) = Run("check", _dir);
        Assert.Equal(0, exit);
        Assert.Contains("PASS time goes on", output, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_failing_step_prints_FAIL_with_step_expected_and_actual_and_exits_1()
    {
        Write("back.yaml", "name: back in time\nsteps:\n  - advance: { to: 2026-02-01 }\n  - advance: { to: 2026-01-01 }\n");
        var (exit, output, _) = Run("check", _dir);
        Assert.Equal(1, exit);
        Assert.Contains("FAIL back in time", output, StringComparison.Ordinal);
        Assert.Contains("step 2", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_scenarios_with_one_name_in_a_folder_are_refused()
    {
        Write("a.yaml", "name: same\nsteps:\n  - advance: { to: 2026-01-01 }\n");
        Write("b.yaml", "name: same\nsteps:\n  - advance: { to: 2026-01-01 }\n");
        var (exit, _, error) = Run("check", _dir);
        Assert.Equal(2, exit);
        Assert.Contains("already used", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var (exit, _, error) = Run("check", Path.Combine(_dir, "nope.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_prints_every_code_of_the_catalogue_with_its_source()
    {
        var (exit, output, _) = Run("rules");
        Assert.Equal(0, exit);
        foreach (var rule in RuleCodes.All)
        {
            Assert.Contains(rule.Code, output, StringComparison.Ordinal);
        }
        Assert.Contains("L5132-15-1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - openCohort: { cohort: k2, programme: aqi-amiens, start: 2026-01-05, capacity: -1 }", 7, "capacity -1 is negative")]
    [InlineData("  - openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-02-02 }", 7, "cohort 'k1' is already opened")]
    [InlineData("  - exam: { cohort: k1, person: p1, on: 2026-08-20, result: passed, block: ccp9 }", 7, "no certification block 'ccp9'")]
    public void Cohort_verb_mistakes_exit_2_at_their_line(string step, int line, string reason)
    {
        var path = Write("cohort.yaml", "name: cohort\npeople:\n  p1: { birthDate: 1990-01-01, sex: F }\nsteps:\n"
            + "  - openCohort: { cohort: k1, programme: aqi-amiens, start: 2026-01-05 }\n"
            + "  - enrol: { cohort: k1, person: p1, on: 2026-01-05 }\n" + step + "\n");
        var (exit, output, error) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:{line}:", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }
}
