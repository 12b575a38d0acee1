using System.Diagnostics;

namespace Insertion.Scenarios;

/// <summary>
/// Turns what the library throws while a step runs into plain words (SCENARIOS.md: "no exception
/// type or stack trace is ever printed"), and recognises the errors that come from the input itself
/// rather than from a rule: a date computed past the calendar's ends (0001-01-01 to 9999-12-31), a
/// number past what can be computed, a day on which a rule's parameter has no value in force (before
/// the law existed). Those make the file malformed at the step's line (exit 2), whatever the verb.
/// </summary>
internal static class StepErrors
{
    private static readonly Type[] DateTypes = [typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(System.Globalization.Calendar)];

    /// <summary>The reason when <paramref name="error"/> (or an error it wraps) comes from the step's input; otherwise null.</summary>
    internal static string? InputShaped(Exception error)
    {
        for (var ex = error; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case ArgumentOutOfRangeException or OverflowException when FromDateArithmetic(ex):
                    return "the dates this step gives or computes (an end, a deadline, a moved or prolonged end) would leave the calendar (0001-01-01 to 9999-12-31)";
                case ArgumentOutOfRangeException or OverflowException:
                    return "a number this step gives or computes is out of the range the rules can count";
                case KeyNotFoundException when ex.Message.Contains("has no value in force", StringComparison.Ordinal):
                    return $"{ex.Message.TrimEnd('.')}: the rule did not exist yet on that date";
            }
        }
        return null;
    }

    /// <summary>An error's message on one line, without the name of its type; a few library messages reworded.</summary>
    internal static string Plain(Exception error)
    {
        var message = error.Message;
        if (error is Ardalis.GuardClauses.NotFoundException)
        {
            message = "the subject the step names does not exist";
        }
        var plain = ScenarioParser.Plain(message);
        return plain.Length == 0 ? "the library could not run this step" : StepArgs.Show(plain, 300);
    }

    private static bool FromDateArithmetic(Exception ex)
    {
        var frames = new StackTrace(ex, fNeedFileInfo: false).GetFrames();
        return frames.Any(f => f.GetMethod()?.DeclaringType is { } t && DateTypes.Any(d => d.IsAssignableFrom(t)));
    }
}
