using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>C. pén. 131-8 (hours range by the date pronounced), 131-22 (time limit), age at the decision.</summary>
public sealed class TigSentenceRangeTests
{
    private static readonly DateOnly Birth = new(1970, 1, 1);

    [Theory]
    [InlineData("2019-03-25", 20, true)]
    [InlineData("2019-03-25", 400, true)]
    [InlineData("2019-03-25", 401, false)]
    [InlineData("2019-03-24", 280, true)]
    [InlineData("2019-03-24", 281, false)]
    [InlineData("2014-10-01", 280, true)]
    [InlineData("2014-09-30", 211, false)]
    [InlineData("2009-11-26", 20, true)]
    [InlineData("2009-11-25", 20, false)]
    [InlineData("2009-11-25", 240, true)]
    [InlineData("1994-03-01", 241, false)]
    [InlineData("1994-02-28", 100, false)]
    public async Task Hours_range_is_the_one_in_force_on_the_date_pronounced_CPen_131_8(string from, int hours, bool accepted)
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", Birth);
        var violations = await f.Tig.CanSentenceAsync(new TigSentence
        {
            Measure = new("m"), Person = p, Hours = WorkMinutes.FromHours(hours), From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), Months = 12,
        });
        Assert.Equal(accepted, violations.Count == 0);
        if (!accepted)
        {
            Assert.Equal("TIG-HOURS-RANGE", violations[0].Code);
        }
    }

    [Fact]
    public async Task Pronounced_date_decides_the_range_when_it_differs_from_the_start()
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", Birth);
        var s = new TigSentence { Measure = new("m"), Person = p, Hours = WorkMinutes.FromHours(300), From = new(2019, 4, 1), Months = 12, Pronounced = new(2019, 3, 1) };
        Assert.Equal("TIG-HOURS-RANGE", Assert.Single(await f.Tig.CanSentenceAsync(s)).Code);
        Assert.Empty(await f.Tig.CanSentenceAsync(s with { Pronounced = null }));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(18, true)]
    [InlineData(19, false)]
    public async Task Time_limit_is_1_to_18_months_CPen_131_22(int months, bool accepted)
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", Birth);
        var ex = await Record.ExceptionAsync(() => f.SentenceAsync("m", p, 20, new(2026, 1, 15), months));
        if (accepted)
        {
            Assert.Null(ex);
            Assert.Equal(LegalDates.MonthsEnd(new(2026, 1, 15), months), (await f.Tig.GetAsync(new("m"))).Deadline);
        }
        else
        {
            Assert.Equal("TIG-DEADLINE-RANGE", Assert.IsType<RuleViolationException>(ex).Violation.Code);
            Assert.Null(await f.Tig.FindAsync(new("m")));
        }
    }

    [Fact]
    public async Task A_person_under_16_at_the_decision_is_refused_CPen_131_8()
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", new(2010, 6, 1));
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => f.SentenceAsync("m", p, 20, new(2026, 5, 31), 6));
        Assert.Equal("TIG-AGE-AT-DECISION", ex.Violation.Code);
        Assert.Equal(TigState.Active, (await f.SentenceAsync("m", p, 20, new(2026, 6, 1), 6)).State);
    }

    [Fact]
    public async Task A_conversion_is_recorded_with_its_origin_CPP_747_1()
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", Birth);
        var m = await f.Tig.SentenceAsync(new TigSentence
        {
            Measure = new("m"), Person = p, Hours = WorkMinutes.FromHours(70), From = new(2026, 2, 2), Months = 12,
            Origin = TigOrigin.Conversion, HostStructure = "aci-1", Post = "kitchen-2", SpipReferent = "spip-80-12", Judge = "jap-3",
        });
        Assert.Equal((TigOrigin.Conversion, "aci-1", "kitchen-2", "spip-80-12", "jap-3"), (m.Origin, m.HostStructure, m.Post, m.SpipReferent, m.Judge));
        Assert.Equal(TigState.Active, m.State);
    }

    [Fact]
    public void Every_parameter_carries_a_source()
    {
        using var f = new TigFixture();
        foreach (var row in f.Parameters.History(SentencingParameters.MaxHours))
        {
            Assert.Contains("131-8", row.Source, StringComparison.Ordinal);
        }
        Assert.Contains("R. 623-16", f.Parameters.On(SentencingParameters.WeeklyCumulMaxHours, new(2026, 1, 1)).Source, StringComparison.Ordinal);
        Assert.Contains("L3162-1", f.Parameters.On(SentencingParameters.DailyMaxHoursMinor, new(2026, 1, 1)).Source, StringComparison.Ordinal);
        Assert.Contains("L3121-18", f.Parameters.On(SentencingParameters.DailyMaxHours, new(2026, 1, 1)).Source, StringComparison.Ordinal);
    }
}
