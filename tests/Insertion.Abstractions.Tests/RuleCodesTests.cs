using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>The catalogue of rule codes.</summary>
public sealed class RuleCodesTests
{
    [Fact]
    public void Codes_are_unique_and_each_has_a_source()
    {
        Assert.Equal(RuleCodes.All.Count, RuleCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(RuleCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    [Theory]
    [InlineData("PASS-IAE-MISSING")]
    [InlineData("CDDI-MAX-DURATION")]
    [InlineData("TIG-WEEKLY-CUMUL")]
    [InlineData("COHORT-NOT-ENROLLED")]
    public void Every_code_of_the_scenario_format_is_in_the_catalogue(string code) => Assert.NotNull(RuleCodes.Find(code));

    [Fact]
    public void A_violation_carries_code_message_source_and_values()
    {
        var v = RuleCodes.CddiWeeklyHours.Violation("18 h is under 20 h", ("weeklyHours", 18));
        Assert.Equal(("CDDI-WEEKLY-HOURS", "18 h is under 20 h"), (v.Code, v.Message));
        Assert.Contains("L5132-15-1", v.Source, StringComparison.Ordinal);
        Assert.Equal(18, v.Values["weeklyHours"]);
    }
}
