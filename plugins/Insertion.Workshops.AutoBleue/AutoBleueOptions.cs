using System.ComponentModel.DataAnnotations;

namespace Insertion.Workshops.AutoBleue;

/// <summary>
/// Options of the Auto Bleue garage, bound from the configuration section
/// <c>Insertion:Workshops:auto-bleue</c> and validated at start. The garage's capacity is what its
/// lifts take: <see cref="Lifts"/> × <see cref="PeoplePerLift"/>.
/// </summary>
public sealed class AutoBleueOptions
{
    /// <summary>Vehicle lifts of the garage (default 4).</summary>
    [Range(1, 20)]
    public int Lifts { get; set; } = 4;

    /// <summary>People working safely at one lift at once (default 2).</summary>
    [Range(1, 3)]
    public int PeoplePerLift { get; set; } = 2;

    /// <summary>Paint and bodywork booths (default 1).</summary>
    [Range(0, 5)]
    public int PaintBooths { get; set; } = 1;

    /// <summary>Length of the workshop safety induction, in hours (default 7, a house default).</summary>
    [Range(1, 35)]
    public int SafetyInductionHours { get; set; } = 7;
}
