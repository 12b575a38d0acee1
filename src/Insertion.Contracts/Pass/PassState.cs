namespace Insertion.Contracts;

/// <summary>State of a PASS IAE on a given day (SCENARIOS.md, <c>expect</c> on a pass).</summary>
public enum PassState
{
    /// <summary>Neither suspended nor past its end on that day.</summary>
    Valid,
    /// <summary>The day lies inside one of its suspensions.</summary>
    Suspended,
    /// <summary>The day is after its end.</summary>
    Expired,
}
