namespace Insertion.Contracts.Tests.Exits;

/// <summary>Exit categories of DOMAIN.md §2: durable, transitional, positive, other.</summary>
public sealed class ExitClassificationTests
{
    [Theory]
    [InlineData(ExitSituation.PermanentJob, ExitCategory.DurableEmployment)]
    [InlineData(ExitSituation.FixedTermJob6MonthsOrMore, ExitCategory.DurableEmployment)]
    [InlineData(ExitSituation.BusinessCreation, ExitCategory.DurableEmployment)]
    [InlineData(ExitSituation.FixedTermJobUnder6Months, ExitCategory.TransitionalEmployment)]
    [InlineData(ExitSituation.SubsidisedContract, ExitCategory.TransitionalEmployment)]
    [InlineData(ExitSituation.Training, ExitCategory.PositiveExit)]
    [InlineData(ExitSituation.OtherIaeStructure, ExitCategory.PositiveExit)]
    [InlineData(ExitSituation.NoSolution, ExitCategory.Other)]
    [InlineData(ExitSituation.Unknown, ExitCategory.Other)]
    [InlineData(ExitSituation.Other, ExitCategory.Other)]
    public void Each_exit_situation_falls_in_its_category(ExitSituation situation, ExitCategory category) =>
        Assert.Equal(category, situation.Category());

    [Fact]
    public void Every_situation_has_a_category() =>
        Assert.All(Enum.GetValues<ExitSituation>(), s => Assert.True(Enum.IsDefined(s.Category())));

    [Theory]
    [InlineData("permanentJob", ExitSituation.PermanentJob)]
    [InlineData("fixedTermJob6MonthsOrMore", ExitSituation.FixedTermJob6MonthsOrMore)]
    [InlineData("otherIaeStructure", ExitSituation.OtherIaeStructure)]
    public void Situations_parse_from_camel_case_words(string word, ExitSituation situation) =>
        Assert.Equal(situation, Enum.Parse<ExitSituation>(word, ignoreCase: true));
}
