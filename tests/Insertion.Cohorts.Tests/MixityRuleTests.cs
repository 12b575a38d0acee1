using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// DOMAIN.md §1, "mixed by gender and by life path; parity is not reached, mixity is measured": each
/// indicator the programme targets, over everyone who enrolled (withdrawn included), met when the share
/// reaches the target (equal counts as met); no target, no comparison.
/// </summary>
public sealed class MixityRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task Every_indicator_is_compared_and_a_share_equal_to_its_target_is_met()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-mixity", Start);
        // 4 people: 2 women (0.5, target 0.5), 1 man (0.25, target 0.25), 1 X; 1 under justice (0.25);
        // under 26: 1 (0.25 < 0.5); 50 and over: 1 (0.25).
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a", Sex.F, 2005), Start, underJustice: true);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b", Sex.F, 1990), Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("c", Sex.M, 1960), Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("d", Sex.X, 1990), Start);
        await h.Cohorts.WithdrawAsync(id, new PersonId("d"), Start.AddDays(2), "left");
        var m = await h.Cohorts.MixityAsync(id);
        Assert.Equal((id, 4, 2, 1, 1, 1), (m.Cohort, m.Enrolled, m.Women, m.Men, m.Other, m.UnderJustice));
        Assert.Equal((1, 2, 1), (m.AgeBands[AgeBand.Under26], m.AgeBands[AgeBand.From26To49], m.AgeBands[AgeBand.From50]));
        Assert.Equal(
            [
                new MixityComparison("women", 0.5m, 0.5m, true),
                new MixityComparison("men", 0.25m, 0.25m, true),
                new MixityComparison("underJustice", 0.25m, 0.25m, true),
                new MixityComparison("under26", 0.5m, 0.25m, false),
                new MixityComparison("50andOver", 0.25m, 0.25m, true),
            ],
            m.Comparisons);
        Assert.False(m.TargetsMet);
    }

    [Fact]
    public async Task A_cohort_nobody_enrolled_in_meets_no_target()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-mixity", Start);
        var m = await h.Cohorts.MixityAsync(id);
        Assert.Equal(5, m.Comparisons.Count);
        Assert.All(m.Comparisons, c => Assert.Equal((null, false), (c.Actual, c.Met)));
        Assert.Equal(0, m.Enrolled);
    }

    [Fact]
    public async Task A_programme_without_a_target_has_no_comparison_and_meets_its_targets()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a", Sex.M), Start);
        var m = await h.Cohorts.MixityAsync(id);
        Assert.Empty(m.Comparisons);
        Assert.True(m.TargetsMet);
        Assert.Equal((1, 0, 1), (m.Enrolled, m.Women, m.Men));
    }

    [Fact]
    public async Task Only_the_targeted_indicators_are_compared()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-blocks", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a", Sex.F), Start, underJustice: true);
        var m = await h.Cohorts.MixityAsync(id);
        Assert.Equal(["women", "underJustice"], m.Comparisons.Select(c => c.Indicator));
        Assert.True(m.TargetsMet);
    }

    [Theory]
    [InlineData(25, AgeBand.Under26)]
    [InlineData(26, AgeBand.From26To49)]
    [InlineData(49, AgeBand.From26To49)]
    [InlineData(50, AgeBand.From50)]
    public void Age_bands_are_under_26_then_26_to_49_then_50_and_over(int age, AgeBand expected)
    {
        var birth = new DateOnly(1970, 3, 15);
        Assert.Equal(expected, AgeBands.Of(birth, birth.AddYears(age)));
        Assert.Equal(age == 26 ? AgeBand.Under26 : age == 50 ? AgeBand.From26To49 : expected, AgeBands.Of(birth, birth.AddYears(age).AddDays(-1)));
    }
}
