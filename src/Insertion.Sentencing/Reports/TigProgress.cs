using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Progress of one measure on a day (ids only).</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Person">The TIGiste (opaque id).</param>
/// <param name="State">State.</param>
/// <param name="Hours">Hours sentenced.</param>
/// <param name="Done">Hours done.</param>
/// <param name="Remaining">Hours left.</param>
/// <param name="Pedagogical">Pedagogical (SOA) hours done.</param>
/// <param name="PedagogicalShare">Pedagogical hours / hours sentenced (0 to 1, 4 places).</param>
/// <param name="PedagogicalShareMax">The cap that applies to the measure.</param>
/// <param name="Deadline">Deadline as moved by suspensions.</param>
/// <param name="DaysLeft">Days from the report's day to the deadline, both included (0 when passed).</param>
/// <param name="PaceNeededPerWeek">Hours a week needed to finish in time; null when the deadline passed with hours left.</param>
/// <param name="UnfinishedAtDeadline">The deadline passed with hours left: to report to the SPIP.</param>
public sealed record TigProgress(MeasureId Measure, PersonId Person, TigState State, WorkMinutes Hours, WorkMinutes Done,
    WorkMinutes Remaining, WorkMinutes Pedagogical, decimal PedagogicalShare, decimal PedagogicalShareMax, DateOnly Deadline,
    int DaysLeft, WorkMinutes? PaceNeededPerWeek, bool UnfinishedAtDeadline)
{
    /// <summary>The parameter overrides (site, host, scenario) that apply to the measure, with their sources (never silent).</summary>
    public IReadOnlyList<ParameterOverride> Overrides { get; init; } = [];
}
