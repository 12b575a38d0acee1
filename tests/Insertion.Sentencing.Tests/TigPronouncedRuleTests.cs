using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>
/// SCENARIOS.md, <c>sentence</c> takes <c>pronounced</c>: the day the court pronounced the measure (the
/// day its hours range is read on, C. pén. 131-8) is kept on the measure, and the start of the time limit
/// stands in for it only when it is not given.
/// </summary>
public sealed class TigPronouncedRuleTests
{
    private static readonly DateOnly From = new(2026, 3, 2);

    [Fact]
    public async Task The_measure_keeps_the_pronounced_day_given_and_its_stored_copy_too_C_pen_131_8()
    {
        using var f = new TigFixture();
        var person = await f.PersonAsync("p", new(1990, 1, 1));
        var pronounced = From.AddDays(-45);
        var m = await f.Tig.SentenceAsync(new TigSentence
        {
            Measure = new MeasureId("m"),
            Person = person,
            Hours = WorkMinutes.FromHours(70),
            From = From,
            Months = 12,
            Pronounced = pronounced,
        });
        Assert.Equal(pronounced, m.Pronounced);
        Assert.Equal(From, m.From);
        Assert.Equal(pronounced, (await f.ReloadAsync(m)).Pronounced);
    }

    [Fact]
    public async Task Without_a_pronounced_day_the_start_of_the_time_limit_stands_in_for_it()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 70, From);
        Assert.Equal(From, m.Pronounced);
    }
}
