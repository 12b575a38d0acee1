using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>The attendance of a session as recorded so far.</summary>
/// <param name="Session">The session.</param>
/// <param name="Attended">Measures whose TIGiste attended (their pedagogical hours are logged).</param>
/// <param name="Absent">Measures whose TIGiste was expected and absent (an incident each).</param>
/// <param name="Outcome"><see cref="RecordOutcome.AlreadyRecorded"/> when the same attendance was already recorded: nothing changed.</param>
public sealed record SoaAttendance(SoaSession Session, IReadOnlyList<MeasureId> Attended, IReadOnlyList<MeasureId> Absent, RecordOutcome Outcome = RecordOutcome.Recorded);
