using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// TIG pédagogique (SOA) sessions: planned for a programme, with a date, a duration and a
/// capacity; attending one logs pedagogical hours for each attending TIGiste in one idempotent,
/// all-or-nothing operation; absences are recorded as incidents.
/// <para>
/// All or nothing: when one attendee's entry is refused (share cap, daily or weekly cap, term,
/// hours left…), the whole attendance is refused and nothing is logged for anyone. The command
/// throws the first refusal, its message starting with the measure's id; the query twin
/// <see cref="CanRecordAttendance"/> lists every refused attendee and why (each violation carries
/// the <c>measure</c> value), so the host can take those people off the list and record again.
/// </para>
/// <para>
/// Idempotent: each attendee's entry has the key <c>soa:{session}</c> in their measure's ledger and
/// each absence the incident key <c>soa:{session}:absent</c>, so recording the same attendance
/// twice (or adding latecomers later) logs nothing twice.
/// </para>
/// </summary>
public sealed class SoaSessions(TigService tig)
{
    private readonly Dictionary<string, SessionRecord> _sessions = new(StringComparer.Ordinal);

    /// <summary>Plans a session of an SOA programme; its capacity defaults to the programme's.</summary>
    /// <exception cref="ArgumentException">Unknown programme, a kind the programme does not offer, a duplicate id, or a non-positive duration or capacity.</exception>
    public SoaSession Plan(string id, string programme, SoaSessionKind kind, DateOnly on, WorkMinutes duration, int? capacity = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(programme);
        Guard.Against.NegativeOrZero(duration.Minutes, nameof(duration));
        var definition = tig.SoaProgrammes.FirstOrDefault(p => string.Equals(p.Id, programme, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown SOA programme '{programme}'.", nameof(programme));
        if (!definition.SessionKinds.Contains(kind))
        {
            throw new ArgumentException($"The programme '{definition.Id}' offers no {kind} session.", nameof(kind));
        }
        var session = new SoaSession(id, definition.Id, kind, on, duration, Guard.Against.NegativeOrZero(capacity ?? definition.SessionCapacity, nameof(capacity)));
        tig.Locked(() =>
        {
            if (!_sessions.TryAdd(id, new SessionRecord(session)))
            {
                throw new ArgumentException($"An SOA session '{id}' already exists.", nameof(id));
            }
            return 0;
        });
        return session;
    }

    /// <summary>The session and its attendance so far, or null.</summary>
    public SoaAttendance? Find(string sessionId) => tig.Locked(() =>
        _sessions.TryGetValue(sessionId, out var r) ? new SoaAttendance(r.Session, r.Attended.ToArray(), r.Absent.ToArray()) : null);

    /// <summary>
    /// Every refusal recording this attendance would meet (one per refused attendee and rule),
    /// or <c>TIG-SOA-SESSION-FULL</c> when more attend than the session takes. Empty: it would pass.
    /// </summary>
    public IReadOnlyList<RuleViolation> CanRecordAttendance(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent) =>
        tig.Locked(() => Check(Prepare(sessionId, attended, absent)));

    /// <summary>Records who attended (pedagogical hours for each, one operation, all or nothing) and who was absent (an incident each).</summary>
    /// <exception cref="RuleViolationException">The first refusal of <see cref="CanRecordAttendance"/>; nothing is recorded.</exception>
    public SoaAttendance RecordAttendance(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent, string author)
    {
        Guard.Against.NullOrWhiteSpace(author);
        return tig.Locked(() =>
        {
            var plan = Prepare(sessionId, attended, absent);
            RuleViolationException.ThrowIfAny(Check(plan));
            tig.ApplyBatchUnlocked(plan.Batch, author);
            foreach (var m in plan.Batch.Where(e => !plan.Record.Attended.Contains(e.Measure.Id)))
            {
                plan.Record.Attended.Add(m.Measure.Id);
            }
            foreach (var m in plan.Absent)
            {
                tig.RecordIncidentUnlocked(m, new TigIncident($"soa:{plan.Record.Session.Id}:absent", plan.Record.Session.On,
                    TigIncidentKind.Absence, $"absent from SOA session {plan.Record.Session.Id} ({plan.Record.Session.Kind})", author));
                if (!plan.Record.Absent.Contains(m.Id))
                {
                    plan.Record.Absent.Add(m.Id);
                }
            }
            return new SoaAttendance(plan.Record.Session, plan.Record.Attended.ToArray(), plan.Record.Absent.ToArray());
        });
    }

    private AttendancePlan Prepare(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent)
    {
        Guard.Against.NullOrWhiteSpace(sessionId);
        Guard.Against.Null(attended);
        Guard.Against.Null(absent);
        if (!_sessions.TryGetValue(sessionId, out var record))
        {
            throw new ArgumentException($"Unknown SOA session '{sessionId}'.", nameof(sessionId));
        }
        var session = record.Session;
        var present = attended.Distinct().ToList();
        var missing = absent.Distinct().ToList();
        if (present.Intersect(missing).FirstOrDefault() is { Value: not null } both)
        {
            throw new ArgumentException($"Measure '{both}' is listed both as attending and absent.", nameof(absent));
        }
        var batch = new List<TigService.BatchEntry>();
        var people = new HashSet<PersonId>();
        foreach (var id in present)
        {
            var m = tig.GetUnlocked(id);
            if (!string.Equals(m.SoaProgramme, session.Programme, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Measure '{id}' does not follow the SOA programme '{session.Programme}'.", nameof(attended));
            }
            if (!people.Add(m.Person))
            {
                throw new ArgumentException($"Two attending measures belong to one person (measure '{id}'): a person attends once.", nameof(attended));
            }
            batch.Add(new TigService.BatchEntry(m, session.On, session.Duration, TigEntryKind.Pedagogical, $"soa:{session.Id}"));
        }
        var absentMeasures = missing.Select(tig.GetUnlocked).ToList();
        return new AttendancePlan(record, batch, absentMeasures);
    }

    private IReadOnlyList<RuleViolation> Check(AttendancePlan plan)
    {
        var session = plan.Record.Session;
        var newcomers = plan.Batch.Count(e => !plan.Record.Attended.Contains(e.Measure.Id));
        if (plan.Record.Attended.Count + newcomers > session.Capacity)
        {
            return [RuleCodes.TigSoaSessionFull.Violation(
                $"{plan.Record.Attended.Count + newcomers} attendees is more than the {session.Capacity} the session {session.Id} takes.",
                ("session", session.Id), ("attendees", plan.Record.Attended.Count + newcomers), ("capacity", session.Capacity))];
        }
        return tig.CheckBatchUnlocked(plan.Batch)
            .Select(r => r.Violation with { Message = $"measure {r.Entry.Measure.Id}: {r.Violation.Message}" })
            .ToList();
    }

    private sealed record AttendancePlan(SessionRecord Record, List<TigService.BatchEntry> Batch, List<TigMeasure> Absent);

    private sealed class SessionRecord(SoaSession session)
    {
        public SoaSession Session { get; } = session;
        public List<MeasureId> Attended { get; } = [];
        public List<MeasureId> Absent { get; } = [];
    }
}
