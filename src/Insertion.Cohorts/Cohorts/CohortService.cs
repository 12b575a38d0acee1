using Ardalis.GuardClauses;
using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Cohorts;

/// <summary>
/// The Cohorts module's commands and queries (scoped, stateless): open a cohort of a site's programme,
/// enrol, withdraw, record exam results and outcomes, close; the funnel, mixity and justice-data
/// queries. Every command loads what it decides on through <see cref="IRepository{T}"/>, lets the
/// aggregate decide and saves it; every command <c>XAsync</c> has a query twin <c>CanXAsync</c> returning
/// the violations (empty = allowed). A refused command changes nothing stored. An unknown cohort or
/// person is <see cref="NotFoundException"/>.
/// <para>
/// Concurrency (several service instances over one store): an enrolment claims the person
/// (<see cref="IPersonDirectory.ClaimAsync"/>) and saves the cohort in one unit of work, so two
/// enrolments of one person (one cohort at a time) or into one cohort (its capacity, guarded by the
/// cohort's version) cannot both commit: the later one fails with
/// <see cref="ConcurrencyConflictException"/>, and run again (<see cref="ConcurrencyConflictException.RetryAsync{T}"/>)
/// it meets the rule's refusal.
/// </para>
/// </summary>
public sealed class CohortService
{
    private readonly IRepository<Cohort> _cohorts;
    private readonly IRepository<PersonOutcomes> _outcomes;
    private readonly IRepository<JusticeDisclosure> _disclosures;
    private readonly IUnitOfWork _unitOfWork;
    private readonly IPersonDirectory _people;
    private readonly SiteRegistry _sites;
    private readonly IOptions<CohortsOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service (resolved from the host's container, in a scope).</summary>
    public CohortService(
        IRepository<Cohort> cohorts,
        IRepository<PersonOutcomes> outcomes,
        IRepository<JusticeDisclosure> disclosures,
        IUnitOfWork unitOfWork,
        IPersonDirectory people,
        SiteRegistry sites,
        IOptions<CohortsOptions> options,
        TimeProvider time)
    {
        _cohorts = Guard.Against.Null(cohorts);
        _outcomes = Guard.Against.Null(outcomes);
        _disclosures = Guard.Against.Null(disclosures);
        _unitOfWork = Guard.Against.Null(unitOfWork);
        _people = Guard.Against.Null(people);
        _sites = Guard.Against.Null(sites);
        _options = Guard.Against.Null(options);
        _time = Guard.Against.Null(time);
    }

    // ---- queries ----------------------------------------------------------------------------

    /// <summary>The cohort, or null.</summary>
    public Task<Cohort?> FindAsync(CohortId id, CancellationToken cancellationToken = default) =>
        _cohorts.GetByIdAsync(id.Value, cancellationToken);

    /// <summary>The cohort.</summary>
    /// <exception cref="NotFoundException">No cohort has that id.</exception>
    public async Task<Cohort> GetAsync(CohortId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundException(id.Value, nameof(Cohort));

    /// <summary>The cohorts of a site, by start then id.</summary>
    public async Task<IReadOnlyList<Cohort>> ListOfSiteAsync(string siteId, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(siteId);
        return await _cohorts.ListAsync(new CohortsOfSiteSpec(siteId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The module's events, rebuilt from what is stored (the funnel's only input): each opened cohort's
    /// history (by start then id), then every outcome recorded.
    /// </summary>
    public async Task<IReadOnlyList<CohortEvent>> EventsAsync(CancellationToken cancellationToken = default)
    {
        var cohorts = await _cohorts.ListAsync(new OpenedCohortsSpec(), cancellationToken).ConfigureAwait(false);
        var outcomes = await _outcomes.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. cohorts.SelectMany(c => c.History()), .. outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).SelectMany(o => o.History())];
    }

    /// <summary>The funnel of a cohort (SCENARIOS.md, <c>expect: { cohort, … }</c>), from its stored history and its people's outcomes.</summary>
    /// <exception cref="NotFoundException">No cohort has that id (or it was never opened).</exception>
    public async Task<CohortFunnel> FunnelAsync(CohortId id, CancellationToken cancellationToken = default)
    {
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        // Stryker disable once Conditional : the query of nobody's outcomes lists nothing; it is only skipped
        var outcomes = cohort.Members.Count == 0
            ? []
            : await _outcomes.ListAsync(new OutcomesOfPeopleSpec(cohort.Members.Select(m => m.Person)), cancellationToken).ConfigureAwait(false);
        return OutcomeFunnel.PerCohort([.. cohort.History(), .. outcomes.SelectMany(o => o.History())]).SingleOrDefault()
            ?? throw new NotFoundException(id.Value, nameof(Cohort));
    }

    /// <summary>The funnel per site and year (calendar year of each cohort's start), from the stored events.</summary>
    public async Task<IReadOnlyList<SiteYearFunnel>> FunnelBySiteAndYearAsync(CancellationToken cancellationToken = default) =>
        OutcomeFunnel.PerSiteAndYear(await EventsAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The mixity of a cohort compared with its programme's target.</summary>
    /// <exception cref="NotFoundException">No cohort has that id.</exception>
    public async Task<MixityReport> MixityAsync(CohortId id, CancellationToken cancellationToken = default)
    {
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return MixityReport.Of(cohort, _sites.FindProgramme(cohort.ProgrammeId)?.Mixity);
    }

    // ---- open -------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="OpenAsync"/>: a cohort with that id already exists (<c>COHORT-INVALID-TRANSITION</c>:
    /// it cannot open again from its state).
    /// </summary>
    /// <exception cref="UnknownPluginException">No site offers that programme.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanOpenAsync(CohortId id, string programmeId, DateOnly start, int? capacity = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(programmeId);
        _sites.GetProgramme(programmeId);
        return await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } existing ? existing.CanOpen(start) : [];
    }

    /// <summary>
    /// Opens a cohort of a programme (a site plugin's) starting on <paramref name="start"/>; its end is
    /// the start plus the programme's length, date à date. <paramref name="capacity"/> overrides the programme's.
    /// </summary>
    /// <exception cref="UnknownPluginException">No site offers that programme.</exception>
    /// <exception cref="RuleViolationException">See <see cref="CanOpenAsync"/>; nothing is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer opened a cohort with that id meanwhile.</exception>
    public async Task<Cohort> OpenAsync(CohortId id, string programmeId, DateOnly start, int? capacity = null, CancellationToken cancellationToken = default)
    {
        RuleViolationException.ThrowIfAny(await CanOpenAsync(id, programmeId, start, capacity, cancellationToken).ConfigureAwait(false));
        var programme = _sites.GetProgramme(programmeId);
        var cohort = new Cohort(id, programme, _sites.SiteOf(programmeId).Id, start, capacity);
        cohort.Open(start);
        await _cohorts.AddAsync(cohort, cancellationToken).ConfigureAwait(false);
        return cohort;
    }

    // ---- enrol ------------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="EnrolAsync"/>, in SCENARIOS.md's order: the cohort's own rules
    /// (<see cref="Cohort.CanEnrol"/>: lifecycle, <c>COHORT-FULL</c>, <c>COHORT-ENTRY-CLOSED</c>), then
    /// <c>COHORT-ALREADY-ENROLLED</c> when the person takes part in another cohort on a day of this one
    /// (taking part runs from the enrolment, or the cohort's start if later, to the day before a
    /// withdrawal, or to the cohort's end).
    /// </summary>
    /// <exception cref="NotFoundException">The cohort or the person is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanEnrolAsync(CohortId id, PersonId person, DateOnly on, CancellationToken cancellationToken = default)
    {
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        await _people.GetAsync(person, cancellationToken).ConfigureAwait(false);
        return await CanEnrolCoreAsync(cohort, person, on, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Enrols a person. <paramref name="underJustice"/> is justice data, an explicit input kept inside
    /// the module: it is reported only as counts (or to a host that granted itself a purpose). Enrolling
    /// a person already enrolled and not withdrawn changes nothing: <see cref="RecordOutcome.AlreadyRecorded"/>.
    /// </summary>
    /// <exception cref="NotFoundException">The cohort or the person is unknown.</exception>
    /// <exception cref="RuleViolationException">See <see cref="CanEnrolAsync"/>; nothing is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer enrolled the person, or changed the cohort, meanwhile: nothing is stored; run the command again.</exception>
    public Task<RecordOutcome> EnrolAsync(CohortId id, PersonId person, DateOnly on, bool underJustice = false, CancellationToken cancellationToken = default) =>
        _unitOfWork.ExecuteAsync(async ct =>
        {
            var cohort = await GetAsync(id, ct).ConfigureAwait(false);
            if (cohort.IsTakingPart(person) && cohort.CanEnrol(person, on).Count == 0)
            {
                return RecordOutcome.AlreadyRecorded; // a replay: nothing to claim, nothing to save
            }
            // The person is the consistency boundary of "one cohort at a time": claimed first, before reading their cohorts.
            var profile = await _people.ClaimAsync(person, ct).ConfigureAwait(false);
            RuleViolationException.ThrowIfAny(await CanEnrolCoreAsync(cohort, person, on, ct).ConfigureAwait(false));
            _ = cohort.Enrol(profile, on, underJustice); // Recorded: a person taking part returned above or was refused
            await _cohorts.UpdateAsync(cohort, ct).ConfigureAwait(false);
            return RecordOutcome.Recorded;
        }, cancellationToken);

    // ---- withdraw ---------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="WithdrawAsync"/> (<c>COHORT-NOT-ENROLLED</c> when not taking part).</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanWithdrawAsync(CohortId id, PersonId person, DateOnly on, string reason, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false)).CanWithdraw(person, on);

    /// <summary>Records a withdrawal; the reason is free text, recorded as given (<c>COHORT-NOT-ENROLLED</c> when not taking part).</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    /// <exception cref="RuleViolationException">See <see cref="CanWithdrawAsync"/>; nothing is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer changed the cohort meanwhile.</exception>
    public async Task WithdrawAsync(CohortId id, PersonId person, DateOnly on, string reason, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reason);
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        cohort.Withdraw(person, on, reason);
        await _cohorts.UpdateAsync(cohort, cancellationToken).ConfigureAwait(false);
    }

    // ---- exam -------------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="RecordExamAsync"/>.</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    /// <exception cref="ArgumentException">The block is not one of the programme's.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordExamAsync(CohortId id, PersonId person, DateOnly on, ExamResult result, string? block = null, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false)).CanRecordExam(person, on, block);

    /// <summary>Records an exam result (<c>COHORT-NOT-ENROLLED</c> for a person not taking part on that day, e.g. withdrawn).</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    /// <exception cref="RuleViolationException">See <see cref="CanRecordExamAsync"/>; nothing is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer changed the cohort meanwhile.</exception>
    public async Task RecordExamAsync(CohortId id, PersonId person, DateOnly on, ExamResult result, string? block = null, CancellationToken cancellationToken = default)
    {
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        cohort.RecordExam(person, on, result, block);
        await _cohorts.UpdateAsync(cohort, cancellationToken).ConfigureAwait(false);
    }

    // ---- outcome ----------------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="RecordOutcomeAsync"/>: an outcome is a fact about a person (SCENARIOS.md,
    /// <c>outcome: { person, on, kind }</c>, with no refusal), so no rule refuses it. It counts only in the
    /// funnels of the cohorts the person enrolled in (none, e.g. after a refused enrolment).
    /// </summary>
    /// <exception cref="NotFoundException">The person is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordOutcomeAsync(PersonId person, DateOnly on, OutcomeKind kind, CancellationToken cancellationToken = default)
    {
        await _people.GetAsync(person, cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <summary>
    /// Records what a person did (a job, a training, nothing); it counts in the funnel of each of their
    /// cohorts. The same outcome again (same day, same kind) changes nothing: <see cref="RecordOutcome.AlreadyRecorded"/>.
    /// </summary>
    /// <exception cref="NotFoundException">The person is unknown.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer recorded an outcome of the person meanwhile.</exception>
    public async Task<RecordOutcome> RecordOutcomeAsync(PersonId person, DateOnly on, OutcomeKind kind, CancellationToken cancellationToken = default)
    {
        RuleViolationException.ThrowIfAny(await CanRecordOutcomeAsync(person, on, kind, cancellationToken).ConfigureAwait(false));
        var stored = await _outcomes.GetByIdAsync(person.Value, cancellationToken).ConfigureAwait(false);
        var record = stored ?? new PersonOutcomes(person);
        if (record.Record(on, kind) == RecordOutcome.AlreadyRecorded)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        if (stored is null)
        {
            await _outcomes.AddAsync(record, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _outcomes.UpdateAsync(record, cancellationToken).ConfigureAwait(false);
        }
        return RecordOutcome.Recorded;
    }

    // ---- close ------------------------------------------------------------------------------

    /// <summary>Query twin of <see cref="CloseAsync"/>.</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanCloseAsync(CohortId id, DateOnly on, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false)).CanClose(on);

    /// <summary>Closes a cohort (from Running on or after its end; from Open when nobody takes part).</summary>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    /// <exception cref="RuleViolationException">See <see cref="CanCloseAsync"/>; nothing is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer changed the cohort meanwhile.</exception>
    public async Task CloseAsync(CohortId id, DateOnly on, CancellationToken cancellationToken = default)
    {
        var cohort = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        cohort.Close(on);
        await _cohorts.UpdateAsync(cohort, cancellationToken).ConfigureAwait(false);
    }

    // ---- start (the daily sweep) ------------------------------------------------------------

    /// <summary>Query twin of <see cref="StartDueAsync"/>: the cohorts that would start (none refuses: only due cohorts are moved).</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanStartDueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var due = await _cohorts.ListAsync(new CohortsDueToStartSpec(today), cancellationToken).ConfigureAwait(false);
        return due.SelectMany(c => c.CanMarkStarted(today)).ToList();
    }

    /// <summary>Moves the cohorts whose start is on or before <paramref name="today"/> from Open to Running (idempotent); returns how many moved.</summary>
    /// <exception cref="ConcurrencyConflictException">Another writer changed one of the cohorts meanwhile: none of them moved; run it again.</exception>
    public Task<int> StartDueAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        _unitOfWork.ExecuteAsync(async ct =>
        {
            var due = await _cohorts.ListAsync(new CohortsDueToStartSpec(today), ct).ConfigureAwait(false);
            foreach (var c in due)
            {
                c.MarkStarted(today);
                await _cohorts.UpdateAsync(c, ct).ConfigureAwait(false);
            }
            return due.Count;
        }, cancellationToken);

    // ---- justice data -----------------------------------------------------------------------

    /// <summary>
    /// Query twin of <see cref="PeopleUnderJusticeAsync"/>: whether the host granted the purpose
    /// (<see cref="CohortsOptions.JusticeDataPurposes"/>). Answers with a boolean: a missing grant is the
    /// host's configuration, not a rule of the domain.
    /// </summary>
    public bool IsJusticeDataGranted(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return _options.Value.JusticeDataPurposes.Contains(purpose, StringComparer.Ordinal);
    }

    /// <summary>
    /// Who, in a cohort, is under justice — only for a purpose the host granted (DOMAIN.md §5); the
    /// disclosure is stored (<see cref="JusticeDisclosure"/>: purpose, cohort, count, day; never who).
    /// </summary>
    /// <exception cref="JusticeDataNotGrantedException">The purpose is not granted.</exception>
    /// <exception cref="NotFoundException">The cohort is unknown.</exception>
    public async Task<IReadOnlyList<PersonId>> PeopleUnderJusticeAsync(CohortId id, string purpose, CancellationToken cancellationToken = default)
    {
        if (!IsJusticeDataGranted(purpose))
        {
            throw new JusticeDataNotGrantedException(purpose);
        }
        var people = (await GetAsync(id, cancellationToken).ConfigureAwait(false)).PeopleUnderJustice().ToList();
        await _disclosures.AddAsync(
            new JusticeDisclosure(Guid.NewGuid().ToString("N"), purpose, id, people.Count, _time.Today()), cancellationToken).ConfigureAwait(false);
        return people;
    }

    /// <summary>Every disclosure of justice data made under a grant (purpose, cohort, count, day), by day.</summary>
    public async Task<IReadOnlyList<JusticeDisclosure>> JusticeDisclosuresAsync(CancellationToken cancellationToken = default) =>
        await _disclosures.ListAsync(new JusticeDisclosuresSpec(), cancellationToken).ConfigureAwait(false);

    // ---- helpers ----------------------------------------------------------------------------

    private async Task<IReadOnlyList<RuleViolation>> CanEnrolCoreAsync(Cohort cohort, PersonId person, DateOnly on, CancellationToken cancellationToken)
    {
        var own = cohort.CanEnrol(person, on);
        if (own.Count > 0 || cohort.IsTakingPart(person))
        {
            return own;
        }
        // Stryker disable once Equality : on equal days both branches give the same day
        var from = on > cohort.Start ? on : cohort.Start;
        if (from > cohort.End)
        {
            return [];
        }
        var wanted = new DateRange(from, cohort.End);
        foreach (var other in await _cohorts.ListAsync(new CohortsOfPersonSpec(person), cancellationToken).ConfigureAwait(false))
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
