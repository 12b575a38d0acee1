using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// A cohort (a promotion) of a programme: its period, its capacity, the people enrolled, their
/// withdrawals and exam results. Every command has a query twin (<c>CanEnrol</c>, …) that returns
/// the violations without throwing; a refused command leaves the cohort exactly unchanged. The
/// lifecycle is the one definition of <see cref="CohortLifecycle"/>.
/// </summary>
public sealed class Cohort : IAggregateRoot
{
    private readonly Dictionary<PersonId, CohortMember> _members = [];
    private readonly List<PersonId> _order = [];
    private readonly List<ExamRecord> _exams = [];

    /// <summary>Creates a cohort in state Planned. Its end is its start plus the programme's length, date à date.</summary>
    public Cohort(CohortId id, ProgrammeDefinition programme, string siteId, DateOnly start, int? capacity = null)
    {
        Guard.Against.Null(programme);
        Guard.Against.NullOrWhiteSpace(siteId);
        Guard.Against.NegativeOrZero(programme.LengthMonths);
        if (capacity is { } c)
        {
            Guard.Against.Negative(c);
        }
        Id = id;
        Programme = programme;
        SiteId = siteId;
        Start = start;
        End = LegalDates.MonthsEnd(start, programme.LengthMonths);
        Capacity = capacity ?? programme.Capacity;
    }

    /// <summary>The cohort's id.</summary>
    public CohortId Id { get; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The programme it is a promotion of.</summary>
    public ProgrammeDefinition Programme { get; }

    /// <summary>The site that runs it.</summary>
    public string SiteId { get; }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day: start plus the programme's length in months, date à date (SCENARIOS.md, "Cohorts").</summary>
    public DateOnly End { get; }

    /// <summary>The cohort's period.</summary>
    public DateRange Period => new(Start, End);

    /// <summary>Last day on which people may enrol: start plus the programme's entry window in days.</summary>
    public DateOnly EntryDeadline => Start.AddDays(Programme.EntryWindowDays);

    /// <summary>People the cohort takes at once (the programme's, or the override given when it opened).</summary>
    public int Capacity { get; }

    /// <summary>Lifecycle state.</summary>
    public CohortState State { get; internal set; } = CohortState.Planned;

    /// <summary>Everyone who enrolled, in enrolment order (withdrawn people included).</summary>
    public IReadOnlyList<CohortMember> Members => _order.Select(p => _members[p]).ToList();

    /// <summary>Exam results in the order recorded.</summary>
    public IReadOnlyList<ExamRecord> Exams => _exams.ToList();

    /// <summary>People enrolled and not withdrawn.</summary>
    public int ActiveCount { get; private set; }

    /// <summary>The member record of a person, or null.</summary>
    public CohortMember? Member(PersonId person) => _members.GetValueOrDefault(person);

    /// <summary>Whether the lifecycle allows <paramref name="trigger"/> on <paramref name="on"/>, and why not.</summary>
    public bool CanFire(CohortTrigger trigger, DateOnly on, out IReadOnlyList<string> why) => CohortLifecycle.CanFire(this, trigger, on, out why);

    // ---- open -------------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="Open"/>.</summary>
    public IReadOnlyList<RuleViolation> CanOpen(DateOnly on) => Transition(CohortTrigger.Open, on);

    /// <summary>Opens enrolment (Planned → Open).</summary>
    public void Open(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanOpen(on));
        CohortLifecycle.Fire(this, CohortTrigger.Open, on);
    }

    /// <summary>Query twin of <see cref="MarkStarted"/>.</summary>
    public IReadOnlyList<RuleViolation> CanMarkStarted(DateOnly on) => Transition(CohortTrigger.Start, on);

    /// <summary>Open → Running once the start date is reached (the daily sweep does it).</summary>
    public void MarkStarted(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanMarkStarted(on));
        CohortLifecycle.Fire(this, CohortTrigger.Start, on);
    }

    /// <summary>Query twin of <see cref="Close"/>.</summary>
    public IReadOnlyList<RuleViolation> CanClose(DateOnly on) => Transition(CohortTrigger.Close, on);

    /// <summary>Closes the cohort: from Running on or after its end, or from Open when nobody takes part.</summary>
    public void Close(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanClose(on));
        CohortLifecycle.Fire(this, CohortTrigger.Close, on);
    }

    // ---- enrol ------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="Enrol"/>, for this cohort's own rules, in this order: the lifecycle
    /// (<c>COHORT-INVALID-TRANSITION</c>); a person already enrolled here and not withdrawn is no
    /// violation (the repeated enrolment is accepted and changes nothing: SCENARIOS.md counts people
    /// and has no refusal for it); the capacity (<c>COHORT-FULL</c>: people enrolled and not withdrawn;
    /// a withdrawal frees a place), checked before the module's added rules so that a full cohort always
    /// gives SCENARIOS.md's code; a person who withdrew from this cohort (<c>COHORT-ALREADY-ENROLLED</c>);
    /// the entry window (<c>COHORT-ENTRY-CLOSED</c>).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanEnrol(PersonId person, DateOnly on)
    {
        var t = Transition(CohortTrigger.Enrol, on);
        if (t.Count > 0)
        {
            return t;
        }
        if (IsTakingPart(person))
        {
            return [];
        }
        // SCENARIOS.md's own code first: a full cohort is COHORT-FULL whatever the module's added rules say.
        if (ActiveCount >= Capacity)
        {
            return [RuleCodes.CohortFull.Violation(
                $"cohort {Id} already has {ActiveCount} people for a capacity of {Capacity}",
                ("cohort", Id.Value), ("active", ActiveCount), ("capacity", Capacity))];
        }
        if (_members.TryGetValue(person, out var withdrawn))
        {
            return [RuleCodes.CohortAlreadyEnrolled.Violation(
                $"{person} enrolled in cohort {Id} and withdrew on {IsoDates.Format(withdrawn.WithdrawnOn!.Value)}",
                ("cohort", Id.Value), ("person", person.Value))];
        }
        if (on > EntryDeadline)
        {
            return [RuleCodes.CohortEntryClosed.Violation(
                $"cohort {Id} takes enrolments until {IsoDates.Format(EntryDeadline)} ({Programme.EntryWindowDays} days after its start {IsoDates.Format(Start)}); {IsoDates.Format(on)} is later",
                ("cohort", Id.Value), ("on", on), ("entryDeadline", EntryDeadline))];
        }
        return [];
    }

    /// <summary>Whether the person is enrolled in this cohort and has not withdrawn.</summary>
    public bool IsTakingPart(PersonId person) => _members.TryGetValue(person, out var m) && !m.Withdrawn;

    /// <summary>
    /// Enrols a person. <paramref name="underJustice"/> is justice data, taken as an explicit input
    /// and kept inside the module (reported only as counts). Returns null, changing nothing, when the
    /// person is already enrolled and not withdrawn (a repeated enrolment counts once).
    /// </summary>
    internal PersonEnrolled? Enrol(PersonProfile person, DateOnly on, bool underJustice)
    {
        Guard.Against.Null(person);
        RuleViolationException.ThrowIfAny(CanEnrol(person.Id, on));
        if (IsTakingPart(person.Id))
        {
            return null;
        }
        CohortLifecycle.Fire(this, CohortTrigger.Enrol, on);
        var member = new CohortMember(person.Id, on, person.Sex, AgeBands.Of(person.BirthDate, on), underJustice);
        _members.Add(person.Id, member);
        _order.Add(person.Id);
        ActiveCount++;
        return new PersonEnrolled(Id, person.Id, on, person.Sex, member.AgeBand, underJustice);
    }

    // ---- withdraw ---------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="Withdraw"/>: the person must be enrolled, not withdrawn, and the day on or after the enrolment.</summary>
    public IReadOnlyList<RuleViolation> CanWithdraw(PersonId person, DateOnly on)
    {
        var t = Transition(CohortTrigger.Withdraw, on);
        if (t.Count > 0)
        {
            return t;
        }
        if (!_members.TryGetValue(person, out var m))
        {
            return [NotEnrolled(person, on, "has not enrolled in")];
        }
        if (m.Withdrawn)
        {
            return [NotEnrolled(person, on, $"withdrew on {IsoDates.Format(m.WithdrawnOn!.Value)} from")];
        }
        if (on < m.EnrolledOn)
        {
            return [NotEnrolled(person, on, $"enrolled only on {IsoDates.Format(m.EnrolledOn)} in")];
        }
        return [];
    }

    /// <summary>Records a withdrawal; the reason is free text, recorded as given.</summary>
    internal PersonWithdrawn Withdraw(PersonId person, DateOnly on, string reason)
    {
        Guard.Against.Null(reason);
        RuleViolationException.ThrowIfAny(CanWithdraw(person, on));
        CohortLifecycle.Fire(this, CohortTrigger.Withdraw, on);
        _members[person] = _members[person] with { WithdrawnOn = on, WithdrawalReason = reason };
        ActiveCount--;
        return new PersonWithdrawn(Id, person, on, reason);
    }

    // ---- exam -------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="RecordExam"/>: the person must take part in the cohort on the exam
    /// day (enrolled on or before it, not withdrawn on or before it): a withdrawn person can no
    /// longer sit the exam (SCENARIOS.md). A block must be one of the programme's.
    /// </summary>
    public IReadOnlyList<RuleViolation> CanRecordExam(PersonId person, DateOnly on, string? block = null)
    {
        CheckBlock(block);
        var t = Transition(CohortTrigger.RecordExam, on);
        if (t.Count > 0)
        {
            return t;
        }
        if (!_members.TryGetValue(person, out var m))
        {
            return [NotEnrolled(person, on, "has not enrolled in")];
        }
        if (!m.IsMemberOn(on))
        {
            return [NotEnrolled(person, on, m.Withdrawn && on >= m.WithdrawnOn!.Value
                ? $"withdrew on {IsoDates.Format(m.WithdrawnOn!.Value)} from"
                : $"enrolled only on {IsoDates.Format(m.EnrolledOn)} in")];
        }
        return [];
    }

    /// <summary>Records an exam result (for the whole exam, or for one certification block).</summary>
    internal ExamRecorded RecordExam(PersonId person, DateOnly on, ExamResult result, string? block = null)
    {
        RuleViolationException.ThrowIfAny(CanRecordExam(person, on, block));
        CohortLifecycle.Fire(this, CohortTrigger.RecordExam, on);
        var canonical = block is null ? null : Programme.CertificationBlocks.First(b => string.Equals(b, block, StringComparison.OrdinalIgnoreCase));
        _exams.Add(new ExamRecord(person, on, result, canonical));
        return new ExamRecorded(Id, person, on, result, canonical);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /// <summary>The days a person took part within the cohort's period (null when none or not a member).</summary>
    internal DateRange? ParticipationOf(PersonId person) => _members.TryGetValue(person, out var m) ? m.Participation(Period) : null;

    /// <summary>Whether someone enrolled in this cohort is under justice (internal: justice data).</summary>
    internal IEnumerable<PersonId> PeopleUnderJustice() => _order.Where(p => _members[p].UnderJustice);

    private void CheckBlock(string? block)
    {
        if (block is not null && !Programme.CertificationBlocks.Contains(block, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Programme {Programme.Id} has no certification block '{block}' (blocks: {string.Join(", ", Programme.CertificationBlocks.DefaultIfEmpty("none"))}).",
                nameof(block));
        }
    }

    private IReadOnlyList<RuleViolation> Transition(CohortTrigger trigger, DateOnly on) =>
        CohortLifecycle.CanFire(this, trigger, on, out var why)
            ? []
            : [RuleCodes.CohortInvalidTransition.Violation(
                $"cohort {Id} ({State}): {trigger} refused: {string.Join("; ", why)}",
                ("cohort", Id.Value), ("state", State), ("trigger", trigger), ("on", on))];

    private RuleViolation NotEnrolled(PersonId person, DateOnly on, string what) =>
        RuleCodes.CohortNotEnrolled.Violation($"{person} {what} cohort {Id} (on {IsoDates.Format(on)})",
            ("cohort", Id.Value), ("person", person.Value), ("on", on));
}
