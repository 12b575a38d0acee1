using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Mixity indicators compared with the programme's target.</summary>
public sealed class MixityTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task Shares_are_compared_with_the_programme_target()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-blocks", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a", Sex.F, 2003), Start, underJustice: true);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b", Sex.M, 1970), Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("c", Sex.M, 1990), Start);
        var m = await h.Cohorts.MixityAsync(id);
        Assert.Equal((3, 1, 2, 0, 1), (m.Enrolled, m.Women, m.Men, m.Other, m.UnderJustice));
        Assert.Equal(1, m.AgeBands[AgeBand.Under26]);
        Assert.Equal(1, m.AgeBands[AgeBand.From50]);
        var women = m.Comparisons.Single(c => c.Indicator == "women");
        Assert.False(women.Met);
        Assert.Equal(1m / 3m, women.Actual);
        Assert.True(m.Comparisons.Single(c => c.Indicator == "underJustice").Met);
        Assert.False(m.TargetsMet);
    }

    [Theory]
    [InlineData(2000, 2026, AgeBand.From26To49)]
    [InlineData(2000, 2025, AgeBand.Under26)]
    [InlineData(1976, 2026, AgeBand.From50)]
    [InlineData(1977, 2026, AgeBand.From26To49)]
    public void Age_bands_use_the_age_on_the_day(int birthYear, int year, AgeBand expected) =>
        Assert.Equal(expected, AgeBands.Of(new DateOnly(birthYear, 1, 5), new DateOnly(year, 1, 5)));
}
