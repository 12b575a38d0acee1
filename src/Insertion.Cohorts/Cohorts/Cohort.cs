using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// A cohort (a promotion) of a programme: its period, its capacity, the people enrolled, their
/// withdrawals and exam results. It is the stored record of everything that happened to the cohort
/// (the outcome funnel is rebuilt from it, see <see cref="History"/>). Every command has a query twin
/// (<c>CanEnrol</c>, …) that returns the violations without throwing; a refused command leaves the
/// cohort exactly unchanged. The lifecycle is the one definition of <see cref="CohortLifecycle"/>.
/// The programme's values a cohort decides on (entry window, certification blocks, capacity) are
/// copied when it opens, so a later change of the site plugin does not rewrite a cohort's history;
/// the aggregate holds no reference to a plugin, a service or another aggregate (it is stored as is).
/// </summary>
public sealed class Cohort : IAggregateRoot
{
    private readonly List<CohortMember> _members = [];
    private readonly List<ExamRecord> _exams = [];
    private readonly List<string> _certificationBlocks = [];

    /// <summary>Creates a cohort in state Planned. Its end is its start plus the programme's length, date à date.</summary>
    public Cohort(CohortId id, ProgrammeDefinition programme, string siteId, DateOnly start, int? capacity = null)
    {
        Guard.Against.Null(programme);
        Guard.Against.NullOrWhiteSpace(siteId);
        Guard.Against.NegativeOrZero(programme.LengthMonths);
        Guard.Against.Negative(programme.EntryWindowDays);
        if (capacity is { } c)
        {
            Guard.Against.Negative(c);
        }
        Id = id;
        ProgrammeId = programme.Id;
        SiteId = siteId;
        Start = start;
        End = LegalDates.MonthsEnd(start, programme.LengthMonths);
        Capacity = capacity ?? programme.Capacity;
        EntryWindowDays = programme.EntryWindowDays;
        _certificationBlocks.AddRange(programme.CertificationBlocks);
    }

    /// <summary>The cohort's id.</summary>
    public CohortId Id { get; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The id of the programme it is a promotion of (a site plugin's <see cref="ProgrammeDefinition"/>).</summary>
    public string ProgrammeId { get; }

    /// <summary>The site that runs it.</summary>
    public string SiteId { get; }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day: start plus the programme's length in months, date à date (SCENARIOS.md, "Cohorts").</summary>
    public DateOnly End { get; }

    /// <summary>The cohort's period.</summary>
    public DateRange Period => new(Start, End);

    /// <summary>The programme's entry window in days, as it was when the cohort opened (SCENARIOS.md, <c>enrol</c>).</summary>
    public int EntryWindowDays { get; }

    /// <summary>Last day on which people may enrol: start plus the programme's entry window in days.</summary>
    public DateOnly EntryDeadline => Start.AddDays(EntryWindowDays);

    /// <summary>The programme's certification blocks (CCP), empty when the exam is taken as a whole.</summary>
    public IReadOnlyList<string> CertificationBlocks => _certificationBlocks.AsReadOnly();

    /// <summary>People the cohort takes at once (the programme's, or the override given when it opened).</summary>
    public int Capacity { get; }

    /// <summary>Lifecycle state.</summary>
    public CohortState State { get; internal set; } = CohortState.Planned;

    /// <summary>The day it closed, or null.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Everyone who enrolled, in enrolment order (withdrawn people included).</summary>
    public IReadOnlyList<CohortMember> Members => _members.AsReadOnly();

    /// <summary>Exam results in the order recorded.</summary>
    public IReadOnlyList<ExamRecord> Exams => _exams.AsReadOnly();

    /// <summary>People enrolled and not withdrawn (a withdrawal frees a place).</summary>
    public int ActiveCount => _members.Count(m => !m.Withdrawn);

    /// <summary>The member record of a person, or null.</summary>
    public CohortMember? Member(PersonId person) => _members.Find(m => m.Person == person);

    // ---- open, start, close -----------------------------------------------------------------

    /// <summary>Query twin of <see cref="Open"/>.</summary>
    public IReadOnlyList<RuleViolation> CanOpen(DateOnly on) => CohortLifecycle.WhyNot(this, CohortTrigger.Open, on);

    /// <summary>Opens enrolment (Planned → Open).</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanOpen"/>; the cohort is unchanged.</exception>
    public void Open(DateOnly on) => CohortLifecycle.Fire(this, CohortTrigger.Open, on);

    /// <summary>Query twin of <see cref="MarkStarted"/>.</summary>
    public IReadOnlyList<RuleViolation> CanMarkStarted(DateOnly on) => CohortLifecycle.WhyNot(this, CohortTrigger.Start, on);

    /// <summary>Open → Running once the start date is reached (the daily sweep does it).</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanMarkStarted"/>; the cohort is unchanged.</exception>
    public void MarkStarted(DateOnly on) => CohortLifecycle.Fire(this, CohortTrigger.Start, on);

    /// <summary>Query twin of <see cref="Close"/>.</summary>
    public IReadOnlyList<RuleViolation> CanClose(DateOnly on) => CohortLifecycle.WhyNot(this, CohortTrigger.Close, on);

    /// <summary>Closes the cohort: from Running on or after its end, or from Open when nobody takes part.</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanClose"/>; the cohort is unchanged.</exception>
    public void Close(DateOnly on)
    {
        CohortLifecycle.Fire(this, CohortTrigger.Close, on);
        ClosedOn = on;
    }

    // ---- enrol ------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="Enrol"/>, for this cohort's own rules, in this order: the lifecycle
    /// (<c>COHORT-INVALID-TRANSITION</c>); a person already enrolled here and not withdrawn is no
    /// violation (the repeated enrolment changes nothing: SCENARIOS.md, <c>enrol</c>); then SCENARIOS.md's
    /// order: the capacity (<c>COHORT-FULL</c>: people enrolled and not withdrawn fill it; a withdrawal
    /// frees a place), the entry window (<c>COHORT-ENTRY-CLOSED</c>: <c>on</c> later than start + entry
    /// window days), then a person who withdrew from this cohort (<c>COHORT-ALREADY-ENROLLED</c>). The
    /// service adds the other cohorts of the person (<c>COHORT-ALREADY-ENROLLED</c>) last.
    /// </summary>
    public IReadOnlyList<RuleViolation> CanEnrol(PersonId person, DateOnly on)
    {
        var t = CohortLifecycle.WhyNot(this, CohortTrigger.Enrol, on);
        if (t.Count > 0 || IsTakingPart(person))
        {
            return t;
        }
        var active = ActiveCount;
        if (active >= Capacity)
        {
            return [RuleCodes.CohortFull.Violation(
                $"cohort {Id} already has {active} people for a capacity of {Capacity}",
                ("cohort", Id.Value), ("active", active), ("capacity", Capacity))];
        }
        if (on > EntryDeadline)
        {
            return [RuleCodes.CohortEntryClosed.Violation(
                $"cohort {Id} takes enrolments until {IsoDates.Format(EntryDeadline)} ({EntryWindowDays} days after its start {IsoDates.Format(Start)}); {IsoDates.Format(on)} is later",
                ("cohort", Id.Value), ("on", on), ("entryDeadline", EntryDeadline))];
        }
        if (Member(person) is { } withdrawn)
        {
            return [RuleCodes.CohortAlreadyEnrolled.Violation(
                $"{person} enrolled in cohort {Id} and withdrew on {IsoDates.Format(withdrawn.WithdrawnOn!.Value)}",
                ("cohort", Id.Value), ("person", person.Value))];
        }
        return [];
    }

    /// <summary>Whether the person is enrolled in this cohort and has not withdrawn.</summary>
    public bool IsTakingPart(PersonId person) => Member(person) is { Withdrawn: false };

    /// <summary>
    /// Enrols a person. <paramref name="underJustice"/> is justice data, taken as an explicit input
    /// and kept inside the module (reported only as counts, DOMAIN.md §5). Returns
    /// <see cref="RecordOutcome.AlreadyRecorded"/>, changing nothing, when the person is already
    /// enrolled and not withdrawn (a repeated enrolment counts once).
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanEnrol"/>; the cohort is unchanged.</exception>
    internal RecordOutcome Enrol(PersonProfile person, DateOnly on, bool underJustice)
    {
        Guard.Against.Null(person);
        // Stryker disable once Statement : the one caller, CohortService.EnrolAsync, has thrown what CanEnrol refuses just before
        RuleViolationException.ThrowIfAny(CanEnrol(person.Id, on));
        // Stryker disable once Block : the one caller, CohortService.EnrolAsync, answers a person taking part before it calls
        if (IsTakingPart(person.Id))
        {
            return RecordOutcome.AlreadyRecorded;
        }
        // Stryker disable once Statement : a re-entry (no state change) that CanEnrol has permitted
        CohortLifecycle.Fire(this, CohortTrigger.Enrol, on);
        _members.Add(new CohortMember(person.Id, on, person.Sex, AgeBands.Of(person.BirthDate, on), underJustice));
        return RecordOutcome.Recorded;
    }

    // ---- withdraw ---------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="Withdraw"/>: the person must be enrolled, not withdrawn, and the day on or after the enrolment (<c>COHORT-NOT-ENROLLED</c>).</summary>
    public IReadOnlyList<RuleViolation> CanWithdraw(PersonId person, DateOnly on)
    {
        var t = CohortLifecycle.WhyNot(this, CohortTrigger.Withdraw, on);
        if (t.Count > 0)
        {
            return t;
        }
        if (Member(person) is not { } m)
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

    /// <summary>Records a withdrawal; the reason is free text, recorded as given (SCENARIOS.md, <c>withdraw</c>).</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanWithdraw"/>; the cohort is unchanged.</exception>
    internal void Withdraw(PersonId person, DateOnly on, string reason)
    {
        Guard.Against.Null(reason);
        RuleViolationException.ThrowIfAny(CanWithdraw(person, on));
        // Stryker disable once Statement : a re-entry (no state change) that CanWithdraw has permitted
        CohortLifecycle.Fire(this, CohortTrigger.Withdraw, on);
        var i = _members.FindIndex(m => m.Person == person);
        _members[i] = _members[i] with { WithdrawnOn = on, WithdrawalReason = reason };
    }

    // ---- exam -------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="RecordExam"/>: the person must take part in the cohort on the exam
    /// day (enrolled on or before it, not withdrawn on or before it): a withdrawn person can no
    /// longer sit the exam (SCENARIOS.md, <c>COHORT-NOT-ENROLLED</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="block"/> is not one of the programme's certification blocks (a format error, not a rule).</exception>
    public IReadOnlyList<RuleViolation> CanRecordExam(PersonId person, DateOnly on, string? block = null)
    {
        CheckBlock(block);
        var t = CohortLifecycle.WhyNot(this, CohortTrigger.RecordExam, on);
        if (t.Count > 0)
        {
            return t;
        }
        if (Member(person) is not { } m)
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
    /// <exception cref="RuleViolationException">See <see cref="CanRecordExam"/>; the cohort is unchanged.</exception>
    internal void RecordExam(PersonId person, DateOnly on, ExamResult result, string? block = null)
    {
        RuleViolationException.ThrowIfAny(CanRecordExam(person, on, block));
        // Stryker disable once Statement : a re-entry (no state change) that CanRecordExam has permitted
        CohortLifecycle.Fire(this, CohortTrigger.RecordExam, on);
        // Stryker disable once Linq : CanRecordExam has checked that the block is one of the programme's
        var canonical = block is null ? null : _certificationBlocks.First(b => string.Equals(b, block, StringComparison.OrdinalIgnoreCase));
        _exams.Add(new ExamRecord(person, on, result, canonical));
    }

    // ---- history ----------------------------------------------------------------------------

    /// <summary>
    /// The cohort's events, rebuilt from what is stored (the funnel's input): opened, each enrolment
    /// (in enrolment order), each withdrawal, each exam result (in the order recorded), closed.
    /// </summary>
    public IEnumerable<CohortEvent> History()
    {
        if (State == CohortState.Planned)
        {
            yield break;
        }
        yield return new CohortOpened(Id, new ProgrammeId(ProgrammeId), SiteId, Start, End, CertificationBlocks.ToList());
        foreach (var m in _members)
        {
            yield return new PersonEnrolled(Id, m.Person, m.EnrolledOn, m.Sex, m.AgeBand, m.UnderJustice);
        }
        foreach (var m in _members.Where(m => m.Withdrawn))
        {
            yield return new PersonWithdrawn(Id, m.Person, m.WithdrawnOn!.Value, m.WithdrawalReason ?? "");
        }
        foreach (var x in _exams)
        {
            var (person, on, result, block) = x;
            yield return new ExamRecorded(Id, person, on, result, block);
        }
        if (ClosedOn is { } closed)
        {
            yield return new CohortClosed(Id, closed);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    /// <summary>The days a person took part within the cohort's period (null when none or not a member).</summary>
    internal DateRange? ParticipationOf(PersonId person) => Member(person)?.Participation(Period);

    /// <summary>The people enrolled in this cohort who are under justice (internal: justice data).</summary>
    internal IEnumerable<PersonId> PeopleUnderJustice() => _members.Where(m => m.UnderJustice).Select(m => m.Person);

    private void CheckBlock(string? block)
    {
        if (block is not null && !_certificationBlocks.Contains(block, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Programme {ProgrammeId} has no certification block '{block}' (blocks: {string.Join(", ", _certificationBlocks.DefaultIfEmpty("none"))}).",
                nameof(block));
        }
    }

    private RuleViolation NotEnrolled(PersonId person, DateOnly on, string what) =>
        RuleCodes.CohortNotEnrolled.Violation($"{person} {what} cohort {Id} (on {IsoDates.Format(on)})",
            ("cohort", Id.Value), ("person", person.Value), ("on", on));
}
