namespace Insertion.Sentencing;

/// <summary>One incident of the incidents report (ids only; the note is left out, it may not carry health data but is not needed).</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Person">The TIGiste (opaque id).</param>
/// <param name="On">The day.</param>
/// <param name="Kind">Absence, refusal, other.</param>
/// <param name="Key">The incident's key.</param>
public sealed record TigIncidentLine(Insertion.Abstractions.MeasureId Measure, Insertion.Abstractions.PersonId Person, DateOnly On, TigIncidentKind Kind, string Key);
