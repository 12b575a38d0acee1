using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// Whatever a step's library call throws, the runner says it in plain words (SCENARIOS.md: "no
/// exception type or stack trace is ever printed"): an error shaped by the input (a date past the
/// calendar, a number past what can be counted, a rule not in force yet) makes the file malformed at
/// the step's line; any other becomes a FAIL line for the step. And no text makes the reader throw
/// anything but a format error.
/// </summary>
public sealed class HostileRunnerTests
{
    private const string Header = "name: thrower\nsteps:\n";

    private static Task<ScenarioResult> RunAsync(string yaml) =>
        new ScenarioRunner(null, [new ThrowingModule()]).RunAsync(ScenarioParser.Parse(yaml, "thrower.yaml"));

    [Theory]
    [InlineData("invalid", "the store broke")]
    [InlineData("null", "")]
    [InlineData("aggregate", "the store broke")]
    [InlineData("notFound", "does not exist")]
    public async Task An_unexpected_error_of_a_step_is_a_FAIL_line_in_plain_words(string kind, string words)
    {
        var result = await RunAsync(Header + "  - advance: { to: 2026-01-01 }\n  - boom: { kind: " + kind + " }\n  - advance: { to: 2026-02-01 }\n");

        Assert.Equal(ScenarioOutcome.Failed, result.Outcome);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.Step);
        Assert.Equal(4, failure.Line);
        Assert.Contains(words, failure.Message, StringComparison.Ordinal);
        HostileInputTests.AssertPlain(failure.ToString());
        Assert.DoesNotContain("NullReference", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date", "leave the calendar")]
    [InlineData("wrappedDate", "leave the calendar")]
    [InlineData("number", "out of the range")]
    [InlineData("overflow", "out of the range")]
    [InlineData("law", "has no value in force")]
    [InlineData("format", "a reason of the step's own")]
    public async Task An_error_shaped_by_the_input_makes_the_file_malformed_at_the_step_line(string kind, string words)
    {
        var ex = await Assert.ThrowsAsync<ScenarioFormatException>(() =>
            RunAsync(Header + "  - advance: { to: 2026-01-01 }\n  - boom: { kind: " + kind + " }\n"));

        Assert.Equal(4, ex.Line);
        Assert.Contains(words, ex.Reason, StringComparison.Ordinal);
        HostileInputTests.AssertPlain(ex.Message);
    }

    [Fact]
    public async Task A_binder_that_throws_makes_the_file_malformed_at_the_step_line_and_the_run_goes_on()
    {
        var dir = Directory.CreateTempSubdirectory("insertion-binder-").FullName;
        try
        {
            var bad = Path.Combine(dir, "a.yaml");
            await File.WriteAllTextAsync(bad, Header + "  - boom: { kind: bind }\n");
            await File.WriteAllTextAsync(Path.Combine(dir, "b.yaml"), "name: fine\nsteps:\n  - advance: { to: 2026-01-01 }\n");

            var results = await new ScenarioRunner(null, [new ThrowingModule()]).RunPathsAsync([dir]);

            Assert.Equal([ScenarioOutcome.Malformed, ScenarioOutcome.Passed], results.Select(r => r.Outcome));
            HostileInputTests.AssertPlain(results[0].Failures[0].Message);
            Assert.StartsWith(bad + ":3: boom: the binder broke", results[0].Failures[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // ---- no text makes the reader throw anything but a format error ----------------------------

    private static readonly char[] YamlAlphabet = "{}[]:,-?&*!|>'\"%@`# \t\n\r\\abcnstep0129.".ToCharArray();

    [Property(MaxTest = 300)]
    public Property Any_text_is_read_as_a_scenario_or_refused_with_a_format_error() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(YamlAlphabet)).Select(cs => "name: x\nsteps:\n" + new string(cs)).ToArbitrary(), text =>
        {
            try
            {
                ScenarioParser.Parse(text, "any.yaml");
                return true;
            }
            catch (ScenarioFormatException ex)
            {
                return ex.Line >= 0 && !ex.Reason.Contains("Exception", StringComparison.Ordinal);
            }
        });

    [Property(MaxTest = 50)]
    public Property Any_nesting_deeper_than_64_levels_is_refused_with_a_format_error() =>
        Prop.ForAll(Gen.Choose(65, 5000).SelectMany(depth => Gen.ArrayOf(Gen.Elements(true, false), depth)).ToArbitrary(), opens =>
        {
            var text = "name: deep\nsteps:\n  - advance: " + string.Concat(opens.Select(o => o ? "[" : "{a: ")) + "1"
                + string.Concat(opens.Reverse().Select(o => o ? "]" : "}")) + "\n";
            try
            {
                ScenarioParser.Parse(text, "deep.yaml");
                return false;
            }
            catch (ScenarioFormatException ex)
            {
                return ex.Reason.Contains("nested deeper than 64", StringComparison.Ordinal);
            }
        });

    [Property(MaxTest = 40)]
    public Property Hours_are_read_up_to_the_limit_and_refused_beyond_it_whatever_their_size() =>
        Prop.ForAll(Gen.Choose(0, 30).SelectMany(digits => Gen.ArrayOf(Gen.Choose(0, 9), digits + 1)).ToArbitrary(), digits =>
        {
            var text = string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture)));
            var yaml = "name: h\npeople:\n  p1: { birthDate: 1980-01-01, sex: F }\nsteps:\n  - paidWork: { person: p1, week: 2026-W10, hours: " + text + " }\n";
            var withinLimit = System.Numerics.BigInteger.Parse(text, CultureInfo.InvariantCulture) <= StepArgs.MaxHours;
            var (outcome, line) = Run(yaml);
            return withinLimit ? outcome == ScenarioOutcome.Passed : outcome == ScenarioOutcome.Malformed && line == 5;
        });

    /// <summary>Runs a file's text to its outcome (FsCheck properties are synchronous).</summary>
    private static (ScenarioOutcome Outcome, int Line) Run(string yaml)
    {
        try
        {
            var result = new ScenarioRunner(CliPlugins.Configure).RunAsync(ScenarioParser.Parse(yaml, "h.yaml")).GetAwaiter().GetResult();
            return (result.Outcome, 0);
        }
        catch (ScenarioFormatException ex)
        {
            return (ScenarioOutcome.Malformed, ex.Line);
        }
    }

    private sealed class ThrowingModule : IScenarioModule
    {
        public void Configure(IInsertionBuilder builder)
        {
        }

        public void Register(ScenarioVerbs verbs)
        {
            verbs.Add("advance", (args, _) =>
            {
                args.Date("to");
                return new Throwing(() => { });
            });
            verbs.Add("boom", (args, _) =>
            {
                var kind = args.Text("kind");
                if (kind == "bind")
                {
                    throw new InvalidOperationException("the binder broke");
                }
                return new Throwing(() => Throw(kind));
            });
        }
    }

    /// <summary>Throws what a library call might, by kind.</summary>
    private static void Throw(string kind)
    {
        switch (kind)
        {
            case "invalid":
                throw new InvalidOperationException("the store broke");
            case "null":
                string? nothing = null;
                _ = nothing!.Length;
                break;
            case "aggregate":
                throw new AggregateException(new InvalidOperationException("the store broke"));
            case "notFound":
                throw new Ardalis.GuardClauses.NotFoundException("c1", "CddiContract");
            case "date":
                _ = DateOnly.MaxValue.AddDays(1);
                break;
            case "wrappedDate":
                try
                {
                    _ = DateOnly.MaxValue.AddMonths(1);
                }
                catch (ArgumentOutOfRangeException inner)
                {
                    throw new InvalidOperationException("computing an end", inner);
                }
                break;
            case "number":
                throw new ArgumentOutOfRangeException(nameof(kind), "too many");
            case "overflow":
                _ = checked(int.MaxValue + kind.Length);
                break;
            case "law":
                throw new KeyNotFoundException("Parameter 'X.Y' has no value in force on 1950-01-01.");
            case "format":
                throw new ScenarioFormatException("thrower.yaml", 4, "a reason of the step's own");
        }
    }

    private sealed class Throwing(Action run) : IScenarioStep
    {
        public Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
        {
            run();
            return Task.CompletedTask;
        }
    }
}
