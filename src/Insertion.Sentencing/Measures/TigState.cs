namespace Insertion.Sentencing;

/// <summary>States of a TIG measure (one lifecycle, <see cref="TigLifecycle"/>).</summary>
public enum TigState
{
    /// <summary>Being carried out: hours left, deadline not passed (or not yet swept).</summary>
    Active,
    /// <summary>Every sentenced hour is done.</summary>
    Completed,
    /// <summary>The deadline (as moved by suspensions) passed with hours left: reported to the SPIP (C. pén. 131-22).</summary>
    Overdue,
    /// <summary>Ended by a court decision without execution (recorded as a <see cref="TigCourtDecision"/>).</summary>
    Cancelled,
    /// <summary>Converted by a court decision into another penalty (recorded as a <see cref="TigCourtDecision"/>).</summary>
    Converted,
}
