using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// The Cohorts module's commands and queries: open a cohort of a site's programme, enrol, withdraw,
/// record exam results and outcomes, close; the funnel and mixity reports. Every command has a
/// query twin returning the violations; a refused command changes nothing (no aggregate, no event).
/// Commands are serialised by one lock, because the "one cohort at a time" rule spans cohorts.
/// </summary>
public sealed class CohortService
{
    private readonly IRepository<Cohort> _cohorts;
    private readonly SiteRegistry _sites;
    private readonly IPersonDirectory _people;
    private readonly CohortEventLog _log;
    private readonly CohortsOptions _options;
    private readonly Lock _gate = new();

    /// <summary>Creates the service.</summary>
    public CohortService(IRepository<Cohort> cohorts, SiteRegistry sites, IPersonDirectory people, CohortEventLog log, CohortsOptions options)
    {
        _cohorts = Guard.Against.Null(cohorts);
        _sites = Guard.Against.Null(sites);
        _people = Guard.Against.Null(people);
        _log = Guard.Against.Null(log);
        _options = Guard.Against.Null(options);
    }

    /// <summary>The module's events (the funnel's only input).</summary>
    public IReadOnlyList<CohortEvent> Events => _log.Snapshot();

    /// <summary>The cohort, or null.</summary>
    public Cohort? Find(CohortId id) => _cohorts.GetByIdAsync(id.Value).GetAwaiter().GetResult();

    /// <summary>The cohort.</summary>
    /// <exception cref="KeyNotFoundException">No cohort has that id.</exception>
    public Cohort Get(CohortId id) => Find(id) ?? throw new KeyNotFoundException($"Unknown cohort '{id}'.");

    /// <summary>The cohorts of a site, by start then id.</summary>
    public IReadOnlyList<Cohort> OfSite(string siteId) => _cohorts.ListAsync(new CohortsOfSiteSpec(siteId)).GetAwaiter().GetResult();

    /// <summary>
    /// Opens a cohort of a programme (a site plugin's) starting on <paramref name="start"/>; its end is
    /// the start plus the programme's length, date à date. <paramref name="capacity"/> overrides the programme's.
    /// </summary>
    /// <exception cref="UnknownPluginException">No site offers that programme.</exception>
    public Cohort Open(CohortId id, string programmeId, DateOnly start, int? capacity = null)
    {
        Guard.Against.NullOrWhiteSpace(programmeId);
        var programme = _sites.GetProgramme(programmeId);
        var site = _sites.SiteOf(programmeId);
        lock (_gate)
        {
            if (Find(id) is not null)
            {
                throw new ArgumentException($"A cohort with id '{id}' already exists.", nameof(id));
            }
            var cohort = new Cohort(id, programme, site.Id, start, capacity);
            cohort.Open(start);
            _cohorts.AddAsync(cohort).GetAwaiter().GetResult();
            _log.Append(new CohortOpened(id, new ProgrammeId(programme.Id), site.Id, cohort.Start, cohort.End, programme.CertificationBlocks.ToList()));
            return cohort;
        }
    }

    /// <summary>
    /// Query twin of <see cref="Enrol"/>: the cohort's own rules (<see cref="Cohort.CanEnrol"/>), then
    /// <c>COHORT-ALREADY-ENROLLED</c> when the person takes part in another cohort over a day of this one
    /// (participation = from the enrolment, or the cohort's start, to the day before the withdrawal, or the cohort's end).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanEnrol(CohortId id, PersonId person, DateOnly on)
    {
        lock (_gate)
        {
            return CanEnrolCore(Get(id), person, on);
        }
    }

    /// <summary>
    /// Enrols a person. <paramref name="underJustice"/> is justice data, an explicit input kept inside
    /// the module: it is reported only as counts (or to a host that granted itself access). Enrolling
    /// a person already enrolled and not withdrawn is accepted and changes nothing (no event).
    /// </summary>
    public void Enrol(CohortId id, PersonId person, DateOnly on, bool underJustice = false)
    {
        var profile = _people.FindAsync(person).GetAwaiter().GetResult() ?? throw new ArgumentException($"Unknown person '{person}' (not in the person directory).", nameof(person));
        lock (_gate)
        {
            var cohort = Get(id);
            RuleViolationException.ThrowIfAny(CanEnrolCore(cohort, person, on));
            if (cohort.Enrol(profile, on, underJustice) is { } e)
            {
                _cohorts.UpdateAsync(cohort).GetAwaiter().GetResult();
                _log.Append(e);
            }
        }
    }

    /// <summary>Query twin of <see cref="Withdraw"/>.</summary>
    public IReadOnlyList<RuleViolation> CanWithdraw(CohortId id, PersonId person, DateOnly on)
    {
        lock (_gate)
        {
            return Get(id).CanWithdraw(person, on);
        }
    }

    /// <summary>Records a withdrawal; the reason is free text, recorded as given (<c>COHORT-NOT-ENROLLED</c> when not taking part).</summary>
    public void Withdraw(CohortId id, PersonId person, DateOnly on, string reason)
    {
        lock (_gate)
        {
            var cohort = Get(id);
            var e = cohort.Withdraw(person, on, reason);
            _cohorts.UpdateAsync(cohort).GetAwaiter().GetResult();
            _log.Append(e);
        }
    }

    /// <summary>Query twin of <see cref="RecordExam"/>.</summary>
    public IReadOnlyList<RuleViolation> CanRecordExam(CohortId id, PersonId person, DateOnly on, string? block = null)
    {
        lock (_gate)
        {
            return Get(id).CanRecordExam(person, on, block);
        }
    }

    /// <summary>Records an exam result (<c>COHORT-NOT-ENROLLED</c> for a person not taking part on that day, e.g. withdrawn).</summary>
    public void RecordExam(CohortId id, PersonId person, DateOnly on, ExamResult result, string? block = null)
    {
        lock (_gate)
        {
            var cohort = Get(id);
            var e = cohort.RecordExam(person, on, result, block);
            _cohorts.UpdateAsync(cohort).GetAwaiter().GetResult();
            _log.Append(e);
        }
    }

    /// <summary>
    /// Query twin of <see cref="RecordOutcome"/>: an outcome is a fact about a person (SCENARIOS.md,
    /// <c>outcome: { person, on, kind }</c>, with no refusal), so nothing refuses it. It counts only in the
    /// funnels of the cohorts the person enrolled in (none, e.g. after a refused enrolment).
    /// </summary>
#pragma warning disable CA1822 // kept as an instance member: the command/query-twin pair of the service
    public IReadOnlyList<RuleViolation> CanRecordOutcome(PersonId person, DateOnly on) => [];
#pragma warning restore CA1822

    /// <summary>Records what a person did (a job, a training, nothing); it counts in the funnel of each of their cohorts.</summary>
    public void RecordOutcome(PersonId person, DateOnly on, OutcomeKind kind)
    {
        lock (_gate)
        {
            RuleViolationException.ThrowIfAny(CanRecordOutcome(person, on));
            _log.Append(new OutcomeRecorded(person, on, kind));
        }
    }

    /// <summary>Query twin of <see cref="Close"/>.</summary>
    public IReadOnlyList<RuleViolation> CanClose(CohortId id, DateOnly on)
    {
        lock (_gate)
        {
            return Get(id).CanClose(on);
        }
    }

    /// <summary>Closes a cohort (from Running on or after its end; from Open when nobody takes part).</summary>
    public void Close(CohortId id, DateOnly on)
    {
        lock (_gate)
        {
            var cohort = Get(id);
            cohort.Close(on);
            _cohorts.UpdateAsync(cohort).GetAwaiter().GetResult();
            _log.Append(new CohortClosed(id, on));
        }
    }

    /// <summary>Moves the cohorts whose start is on or before <paramref name="today"/> from Open to Running (idempotent).</summary>
    public int StartDue(DateOnly today)
    {
        lock (_gate)
        {
            var due = _cohorts.ListAsync(new CohortsDueToStartSpec(today)).GetAwaiter().GetResult();
            foreach (var c in due)
            {
                c.MarkStarted(today);
                _cohorts.UpdateAsync(c).GetAwaiter().GetResult();
            }
            return due.Count;
        }
    }

    /// <summary>The funnel of a cohort, from the events.</summary>
    public CohortFunnel Funnel(CohortId id) =>
        OutcomeFunnel.PerCohort(Events).FirstOrDefault(f => f.Cohort == id) ?? throw new KeyNotFoundException($"Unknown cohort '{id}'.");

    /// <summary>The funnel per site and year, from the events.</summary>
    public IReadOnlyList<SiteYearFunnel> FunnelBySiteAndYear() => OutcomeFunnel.PerSiteAndYear(Events);

    /// <summary>The mixity of a cohort compared with its programme's target.</summary>
    public MixityReport Mixity(CohortId id)
    {
        lock (_gate)
        {
            return MixityReport.Of(Get(id));
        }
    }

    /// <summary>
    /// Who, in a cohort, is under justice — only for a purpose the host granted
    /// (<see cref="CohortsOptions.GrantJusticeData"/>); the disclosure is recorded.
    /// </summary>
    /// <exception cref="JusticeDataNotGrantedException">The purpose is not granted.</exception>
    public IReadOnlyList<PersonId> PeopleUnderJustice(CohortId id, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (!_options.IsGranted(purpose))
        {
            throw new JusticeDataNotGrantedException(purpose);
        }
        lock (_gate)
        {
            var people = Get(id).PeopleUnderJustice().ToList();
            _options.Record(new JusticeDisclosure(purpose, id, people.Count));
            return people;
        }
    }

    private List<Cohort> CohortsOf(PersonId person) => _cohorts.ListAsync(new CohortsOfPersonSpec(person)).GetAwaiter().GetResult();

    private IReadOnlyList<RuleViolation> CanEnrolCore(Cohort cohort, PersonId person, DateOnly on)
    {
        var own = cohort.CanEnrol(person, on);
        if (own.Count > 0 || cohort.IsTakingPart(person))
        {
            return own;
        }
        var from = on > cohort.Start ? on : cohort.Start;
        if (from > cohort.End)
        {
            return [];
        }
        var wanted = new DateRange(from, cohort.End);
        foreach (var other in CohortsOf(person))
        {
            if (other.Id != cohort.Id && other.ParticipationOf(person) is { } p && p.Overlaps(wanted))
            {
                return [RuleCodes.CohortAlreadyEnrolled.Violation(
                    $"{person} takes part in cohort {other.Id} from {IsoDates.Format(p.Start)} to {IsoDates.Format(p.End)}, which shares days with cohort {cohort.Id} ({IsoDates.Format(wanted.Start)} to {IsoDates.Format(wanted.End)})",
                    ("person", person.Value), ("cohort", cohort.Id.Value), ("otherCohort", other.Id.Value))];
            }
        }
        return [];
    }
}
