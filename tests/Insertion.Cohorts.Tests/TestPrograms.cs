using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

internal static class TestPrograms
{
    public static readonly ProgrammeDefinition Aqi = new()
    {
        Id = "aqi-test",
        Name = "AQI test",
        LengthMonths = 8,
        Capacity = 15,
        PromotionsPerYear = 3,
        PlacementMinWeeks = 6,
        PlacementMaxWeeks = 8,
        Rotation = [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production],
        LocationOf = new Dictionary<ActivityKind, string>
        {
            [ActivityKind.PracticalTraining] = "kitchen",
            [ActivityKind.Production] = "kitchen",
            [ActivityKind.Theory] = "afec",
            [ActivityKind.Exam] = "afec",
        },
        Certification = "TP",
    };
}
