namespace Insertion.Contracts;

/// <summary>Classifies exit situations into the reporting categories (DOMAIN.md §2, "Exits").</summary>
public static class ExitClassification
{
    /// <summary>The category of <paramref name="situation"/>.</summary>
    public static ExitCategory Category(this ExitSituation situation) => situation switch
    {
        ExitSituation.PermanentJob or ExitSituation.FixedTermJob6MonthsOrMore or ExitSituation.BusinessCreation
            => ExitCategory.DurableEmployment,
        ExitSituation.FixedTermJobUnder6Months or ExitSituation.SubsidisedContract
            => ExitCategory.TransitionalEmployment,
        ExitSituation.Training or ExitSituation.OtherIaeStructure
            => ExitCategory.PositiveExit,
        ExitSituation.NoSolution or ExitSituation.Unknown or ExitSituation.Other
            => ExitCategory.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(situation), situation, "Unknown exit situation."),
    };

    /// <summary>
    /// Whether the category counts as a "dynamic" exit (sortie dynamique: durable, transitional or
    /// positive), the figure the State's agreements set targets on.
    /// </summary>
    public static bool IsDynamic(this ExitCategory category) => category != ExitCategory.Other;
}
