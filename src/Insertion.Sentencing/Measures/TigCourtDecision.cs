namespace Insertion.Sentencing;

/// <summary>Kinds of court decision recorded on a measure.</summary>
public enum TigCourtDecisionKind
{
    /// <summary>The measure is ended without execution.</summary>
    Cancellation,
    /// <summary>The measure is converted into another penalty.</summary>
    Conversion,
}

/// <summary>A court decision that ends a measure, recorded as an event with its reference.</summary>
/// <param name="On">Date of the decision.</param>
/// <param name="Kind">What it decides.</param>
/// <param name="Reference">Opaque reference of the decision (never a name).</param>
public sealed record TigCourtDecision(DateOnly On, TigCourtDecisionKind Kind, string Reference);
