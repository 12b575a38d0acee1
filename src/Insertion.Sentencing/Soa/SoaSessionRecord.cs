using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// A planned SOA session and who attended or was absent so far: a stored aggregate (one per
/// session id), so that plans and attendance survive a restart and are shared by processes.
/// </summary>
public sealed class SoaSessionRecord : IAggregateRoot
{
    private readonly List<MeasureId> _attended = [];
    private readonly List<MeasureId> _absent = [];

    internal SoaSessionRecord(SoaSession session) => Session = session;

    /// <summary>The session.</summary>
    public SoaSession Session { get; private set; }

    /// <inheritdoc />
    public string Key => Session.Id;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Measures whose TIGiste attended (their pedagogical hours are logged).</summary>
    public IReadOnlyList<MeasureId> Attended => _attended.AsReadOnly();

    /// <summary>Measures whose TIGiste was expected and absent (an incident each).</summary>
    public IReadOnlyList<MeasureId> Absent => _absent.AsReadOnly();

    /// <summary>The record as the service answers it.</summary>
    public SoaAttendance ToAttendance(RecordOutcome outcome = RecordOutcome.Recorded) => new(Session, [.. _attended], [.. _absent], outcome);

    internal bool MarkAttended(MeasureId id)
    {
        if (_attended.Contains(id))
        {
            return false;
        }
        _attended.Add(id);
        return true;
    }

    internal bool MarkAbsent(MeasureId id)
    {
        if (_absent.Contains(id))
        {
            return false;
        }
        _absent.Add(id);
        return true;
    }
}
