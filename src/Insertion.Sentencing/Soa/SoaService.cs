using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// TIG pédagogique (SOA) sessions: planned for a programme, with a date, a duration and a
/// capacity; attending one logs pedagogical hours for each attending TIGiste in one idempotent,
/// all-or-nothing operation; absences are recorded as incidents. Scoped and stateless: sessions are
/// stored as <see cref="SoaSessionRecord"/>s.
/// <para>
/// All or nothing: when one attendee's entry is refused (share cap, daily or weekly cap, term,
/// hours left…), the whole attendance is refused and nothing is logged for anyone. The command
/// throws the first refusal, its message starting with the measure's id; the query twin
/// <see cref="CanRecordAttendanceAsync"/> lists every refused attendee and why (each violation carries
/// the <c>measure</c> value), so the host can take those people off the list and record again. The
/// attendance runs in one unit of work that claims every attending person first, so the person caps
/// hold against concurrent logs.
/// </para>
/// <para>
/// Idempotent: each attendee's entry has the key <c>soa:{session}</c> in their measure's ledger and
/// each absence the incident key <c>soa:{session}:absent</c>, so recording the same attendance
/// twice (or adding latecomers later) logs nothing twice.
/// </para>
/// </summary>
public sealed class SoaService(IRepository<SoaSessionRecord> sessions, IRepository<TigMeasure> measures, TigService tig, IUnitOfWork unitOfWork)
{
    /// <summary>The violations planning a session would meet: none beyond the argument checks of <see cref="PlanAsync"/>.</summary>
    /// <exception cref="NotFoundException">Unknown programme.</exception>
    /// <exception cref="ArgumentException">A kind the programme does not offer, a duplicate id, or a non-positive duration or capacity.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanPlanAsync(string id, string programme, SoaSessionKind kind, DateOnly on, WorkMinutes duration, int? capacity = null, CancellationToken cancellationToken = default)
    {
        _ = await PrepareAsync(id, programme, kind, on, duration, capacity, cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <summary>Plans a session of an SOA programme; its capacity defaults to the programme's.</summary>
    /// <exception cref="NotFoundException">Unknown programme.</exception>
    /// <exception cref="ArgumentException">A kind the programme does not offer, a duplicate id, or a non-positive duration or capacity.</exception>
    public async Task<SoaSession> PlanAsync(string id, string programme, SoaSessionKind kind, DateOnly on, WorkMinutes duration, int? capacity = null, CancellationToken cancellationToken = default)
    {
        var session = await PrepareAsync(id, programme, kind, on, duration, capacity, cancellationToken).ConfigureAwait(false);
        await sessions.AddAsync(new SoaSessionRecord(session), cancellationToken).ConfigureAwait(false);
        return session;
    }

    private async Task<SoaSession> PrepareAsync(string id, string programme, SoaSessionKind kind, DateOnly on, WorkMinutes duration, int? capacity, CancellationToken ct)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(programme);
        Guard.Against.NegativeOrZero(duration.Minutes, nameof(duration));
        var definition = tig.Views.Programme(programme) ?? throw new NotFoundException(programme, "SOA programme");
        if (!definition.SessionKinds.Contains(kind))
        {
            throw new ArgumentException($"The programme '{definition.Id}' offers no {kind} session.", nameof(kind));
        }
        if (await sessions.GetByIdAsync(id, ct).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"An SOA session '{id}' already exists.", nameof(id));
        }
        return new SoaSession(id, definition.Id, kind, on, duration, Guard.Against.NegativeOrZero(capacity ?? definition.SessionCapacity, nameof(capacity)));
    }

    /// <summary>The session and its attendance so far, or null.</summary>
    public async Task<SoaAttendance?> FindAsync(string sessionId, CancellationToken cancellationToken = default) =>
        (await sessions.GetByIdAsync(Guard.Against.NullOrWhiteSpace(sessionId), cancellationToken).ConfigureAwait(false))?.ToAttendance();

    /// <summary>
    /// Every refusal recording this attendance would meet (one per refused attendee and rule),
    /// or <c>TIG-SOA-SESSION-FULL</c> when more attend than the session takes. Empty: it would pass.
    /// </summary>
    /// <exception cref="NotFoundException">Unknown session or measure.</exception>
    /// <exception cref="ArgumentException">A measure listed as attending and absent, one that does not follow the programme, or two attending measures of one person.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordAttendanceAsync(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(author);
        var plan = await PlanAttendanceAsync(sessionId, attended, absent, claim: false, cancellationToken).ConfigureAwait(false);
        return await CheckAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records who attended (pedagogical hours for each, one operation, all or nothing) and who was absent (an incident each).</summary>
    /// <exception cref="RuleViolationException">The first refusal of <see cref="CanRecordAttendanceAsync"/>; nothing is recorded.</exception>
    /// <exception cref="ConcurrencyConflictException">Another command for one of these people, measures or the session committed meanwhile: nothing was recorded; run it again.</exception>
    public async Task<SoaAttendance> RecordAttendanceAsync(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(author);
        var present = Guard.Against.Null(attended).ToList();
        var missing = Guard.Against.Null(absent).ToList();
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var plan = await PlanAttendanceAsync(sessionId, present, missing, claim: true, ct).ConfigureAwait(false);
            RuleViolationException.ThrowIfAny(await CheckAsync(plan, ct).ConfigureAwait(false));
            var session = plan.Record.Session;
            var changed = false;
            foreach (var e in plan.Attending)
            {
                if (!e.Measure.TryGetEntry(e.Key, out _))
                {
                    e.Measure.Log(session.On, session.Duration, TigEntryKind.Pedagogical, e.Key, author);
                    await measures.UpdateAsync(e.Measure, ct).ConfigureAwait(false);
                    // Stryker disable once Boolean : a new entry is a new attendance: MarkAttended below answers true too
                    changed = true;
                }
                changed |= plan.Record.MarkAttended(e.Measure.Id);
            }
            foreach (var m in plan.Absent)
            {
                var incident = new TigIncident($"soa:{session.Id}:absent", session.On, TigIncidentKind.Absence,
                    $"absent from SOA session {session.Id} ({session.Kind})", author);
                if (m.RecordIncident(incident) == RecordOutcome.Recorded)
                {
                    await measures.UpdateAsync(m, ct).ConfigureAwait(false);
                    // Stryker disable once Boolean : a new absence incident is a new absence: MarkAbsent below answers true too
                    changed = true;
                }
                changed |= plan.Record.MarkAbsent(m.Id);
            }
            if (changed)
            {
                await sessions.UpdateAsync(plan.Record, ct).ConfigureAwait(false);
            }
            return plan.Record.ToAttendance(changed ? RecordOutcome.Recorded : RecordOutcome.AlreadyRecorded);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AttendancePlan> PlanAttendanceAsync(string sessionId, IEnumerable<MeasureId> attended, IEnumerable<MeasureId> absent, bool claim, CancellationToken ct)
    {
        Guard.Against.NullOrWhiteSpace(sessionId);
        Guard.Against.Null(attended);
        Guard.Against.Null(absent);
        var record = await sessions.GetByIdAsync(sessionId, ct).ConfigureAwait(false) ?? throw new NotFoundException(sessionId, "SOA session");
        var session = record.Session;
        var present = attended.Distinct().ToList();
        var missing = absent.Distinct().ToList();
        if (present.Intersect(missing).FirstOrDefault() is { Value: not null } both)
        {
            throw new ArgumentException($"Measure '{both}' is listed both as attending and absent.", nameof(absent));
        }
        var first = new List<TigMeasure>();
        var people = new HashSet<PersonId>();
        foreach (var id in present)
        {
            var m = await tig.GetAsync(id, ct).ConfigureAwait(false);
            if (!string.Equals(m.SoaProgramme, session.Programme, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Measure '{id}' does not follow the SOA programme '{session.Programme}'.", nameof(attended));
            }
            if (!people.Add(m.Person))
            {
                throw new ArgumentException($"Two attending measures belong to one person (measure '{id}'): a person attends once.", nameof(attended));
            }
            first.Add(m);
        }
        // Claim every attending person (in a stable order), then read their measures: the caps hold.
        var loaded = new Dictionary<PersonId, (PersonProfile Profile, IReadOnlyList<TigMeasure> Measures)>();
        // Stryker disable once Linq : the order only keeps concurrent writers from claiming two people in opposite orders
        foreach (var person in people.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            // Stryker disable once Conditional : a claim only takes the person's version for concurrent writers; a single writer reads the same measures
            loaded[person] = claim
                ? await tig.ClaimPersonAsync(person, ct).ConfigureAwait(false)
                : (await tig.PersonAsync(person, ct).ConfigureAwait(false), await tig.OfPersonAsync(person, ct).ConfigureAwait(false));
        }
        var attending = first.Select(m =>
        {
            var (profile, mine) = loaded[m.Person];
            // Stryker disable once NullCoalescing,Linq : the person's measures, read after the claim, hold this one (an equal copy of m)
            return new AttendanceEntry(mine.FirstOrDefault(x => x.Id == m.Id) ?? m, mine, profile, $"soa:{session.Id}");
        }).ToList();
        var absentMeasures = new List<TigMeasure>();
        foreach (var id in missing)
        {
            absentMeasures.Add(await tig.GetAsync(id, ct).ConfigureAwait(false));
        }
        return new AttendancePlan(record, attending, absentMeasures);
    }

    private async Task<IReadOnlyList<RuleViolation>> CheckAsync(AttendancePlan plan, CancellationToken ct)
    {
        var session = plan.Record.Session;
        var total = plan.Record.Attended.Count + plan.Attending.Count(e => !plan.Record.Attended.Contains(e.Measure.Id));
        if (total > session.Capacity)
        {
            return [RuleCodes.TigSoaSessionFull.Violation(
                $"{total} attendees is more than the {session.Capacity} the session {session.Id} takes.",
                ("session", session.Id), ("attendees", total), ("capacity", session.Capacity))];
        }
        var refused = new List<RuleViolation>();
        foreach (var e in plan.Attending)
        {
            if (e.Measure.TryGetEntry(e.Key, out _))
            {
                continue;
            }
            var violations = await tig.CheckLogAsync(e.Measure, e.PersonMeasures, e.Profile, session.On, session.Duration, TigEntryKind.Pedagogical, ct).ConfigureAwait(false);
            refused.AddRange(violations.Select(v => v with { Message = $"measure {e.Measure.Id}: {v.Message}" }));
        }
        return refused;
    }

    private sealed record AttendanceEntry(TigMeasure Measure, IReadOnlyList<TigMeasure> PersonMeasures, PersonProfile Profile, string Key);

    private sealed record AttendancePlan(SoaSessionRecord Record, List<AttendanceEntry> Attending, List<TigMeasure> Absent);
}
