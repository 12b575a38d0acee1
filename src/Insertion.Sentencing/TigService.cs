using Ardalis.GuardClauses;
using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// The TIG module's commands and queries: sentencing, the hours ledger, deadline suspensions,
/// corrections, court decisions, incidents, SOA programmes. Scoped and stateless: every command
/// loads the measure through <see cref="IRepository{T}"/> and a specification, lets the measure
/// decide, and saves it; a second process over the same store, or this one after a restart, sees
/// exactly what was saved. Every command <c>XAsync</c> has a query twin <c>CanXAsync</c> that returns
/// the violations without throwing; the command throws the first one as a
/// <see cref="RuleViolationException"/> and then changes nothing. An unknown measure, person or
/// programme is <see cref="NotFoundException"/>.
/// <para>
/// The person's caps across measures (TIG-DAILY-MAX, TIG-WEEKLY-CUMUL) hold against concurrent
/// writers: a log runs in one <see cref="IUnitOfWork"/> that first claims the person
/// (<see cref="IPersonDirectory.ClaimAsync"/>), then reads the person's measures, decides and
/// saves; of two logs for one person at once, the later commit fails with
/// <see cref="ConcurrencyConflictException"/> (run it again with
/// <see cref="ConcurrencyConflictException.RetryAsync{T}"/>: the rules then decide on the new state).
/// </para>
/// <para>
/// Parameters: the view of the measure's site applies (<see cref="LegalParameters.For(ISite)"/>: the
/// site named on the measure, else the site running its SOA programme, else the site covering its
/// territory), else the host's view.
/// </para>
/// </summary>
public sealed class TigService
{
    private readonly IRepository<TigMeasure> _measures;
    private readonly IUnitOfWork _unitOfWork;
    private readonly IPersonDirectory _people;
    private readonly IPaidWorkSource[] _paidWork;
    private readonly TigParameterViews _views;
    private readonly TimeProvider _time;

    /// <summary>Creates the service (DI does it, scoped: <c>AddSentencing()</c>).</summary>
    public TigService(IRepository<TigMeasure> measures, IUnitOfWork unitOfWork, IPersonDirectory people,
        IEnumerable<IPaidWorkSource> paidWork, LegalParameters parameters, SiteRegistry sites, TimeProvider time)
    {
        _measures = Guard.Against.Null(measures);
        _unitOfWork = Guard.Against.Null(unitOfWork);
        _people = Guard.Against.Null(people);
        _paidWork = Guard.Against.Null(paidWork).ToArray();
        _views = new TigParameterViews(Guard.Against.Null(parameters), Guard.Against.Null(sites));
        _time = Guard.Against.Null(time);
    }

    /// <summary>The SOA programmes of the registered sites.</summary>
    public IReadOnlyCollection<SoaProgrammeDefinition> SoaProgrammes => _views.Programmes;

    internal TigParameterViews Views => _views;

    // ---------------------------------------------------------------- queries

    /// <summary>The measure with that id, or null.</summary>
    public Task<TigMeasure?> FindAsync(MeasureId id, CancellationToken cancellationToken = default) =>
        _measures.GetByIdAsync(id.Value, cancellationToken);

    /// <summary>The measure with that id.</summary>
    /// <exception cref="NotFoundException">No measure has that id.</exception>
    public async Task<TigMeasure> GetAsync(MeasureId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundException(id.Value, nameof(TigMeasure));

    /// <summary>The measures a specification selects (every measure, in the order sentenced, when null).</summary>
    public async Task<IReadOnlyList<TigMeasure>> ListAsync(ISpecification<TigMeasure>? specification = null, CancellationToken cancellationToken = default) =>
        specification is null
            ? await _measures.ListAsync(cancellationToken).ConfigureAwait(false)
            : await _measures.ListAsync(specification, cancellationToken).ConfigureAwait(false);

    /// <summary>The measures of a person, in the order sentenced.</summary>
    public Task<IReadOnlyList<TigMeasure>> OfPersonAsync(PersonId person, CancellationToken cancellationToken = default) =>
        ListAsync(new MeasuresOfPersonSpec(person), cancellationToken);

    /// <summary>The parameter overrides (site, host, scenario) that apply to a measure's rules, with their sources.</summary>
    public IReadOnlyList<ParameterOverride> OverridesFor(TigMeasure measure) => _views.OverridesFor(Guard.Against.Null(measure));

    // ---------------------------------------------------------------- sentence

    /// <summary>
    /// The violations a sentence would meet, in this order: <c>TIG-HOURS-RANGE</c> (the range in
    /// force on the date pronounced, C. pén. 131-8), <c>TIG-DEADLINE-RANGE</c> (1 to 18 months,
    /// C. pén. 131-22), <c>TIG-AGE-AT-DECISION</c> (under 16 on the date pronounced; the age at the
    /// offence — 13 or over — is not known to the library and not checked).
    /// </summary>
    /// <exception cref="NotFoundException">The person, the SOA programme or the site is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanSentenceAsync(TigSentence sentence, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(sentence);
        var profile = await _people.GetAsync(sentence.Person, cancellationToken).ConfigureAwait(false);
        var programme = ProgrammeOf(sentence.SoaProgramme);
        if (sentence.Site is { } site && _views.Site(site) is null)
        {
            throw new NotFoundException(site, "site");
        }
        var view = _views.For(sentence.Site, programme?.Id, sentence.Territory ?? programme?.Territory);
        var pronounced = sentence.Pronounced ?? sentence.From;
        var violations = new List<RuleViolation>();

        if (!view.HasValueOn(SentencingParameters.MinHours, pronounced) || !view.HasValueOn(SentencingParameters.MaxHours, pronounced))
        {
            violations.Add(RuleCodes.TigHoursRange.Violation(
                $"No TIG hours range is in force on {IsoDates.Format(pronounced)}.", ("pronounced", pronounced)));
        }
        else
        {
            var (min, max) = (view.ValueOn(SentencingParameters.MinHours, pronounced), view.ValueOn(SentencingParameters.MaxHours, pronounced));
            if (sentence.Hours < WorkMinutes.FromHours(min) || sentence.Hours > WorkMinutes.FromHours(max))
            {
                violations.Add(RuleCodes.TigHoursRange.Violation(
                    $"{sentence.Hours} is outside {min} to {max} h, the range in force on {IsoDates.Format(pronounced)}.",
                    ("hours", sentence.Hours), ("min", min), ("max", max), ("pronounced", pronounced)));
            }
        }

        var maxMonths = view.ValueOn(SentencingParameters.MaxMonths, pronounced < SentencingParameters.NewPenalCode ? SentencingParameters.NewPenalCode : pronounced);
        if (sentence.Months < 1 || sentence.Months > maxMonths)
        {
            violations.Add(RuleCodes.TigDeadlineRange.Violation(
                $"A time limit of {sentence.Months} months is outside 1 to {maxMonths} months.",
                ("months", sentence.Months), ("max", maxMonths)));
        }

        if (view.HasValueOn(SentencingParameters.MinAgeAtDecision, pronounced)
            && view.ValueOn(SentencingParameters.MinAgeAtDecision, pronounced) is var minAge && profile.AgeOn(pronounced) < minAge)
        {
            violations.Add(RuleCodes.TigAgeAtDecision.Violation(
                $"The person is {profile.AgeOn(pronounced)} on {IsoDates.Format(pronounced)}, under {minAge}.",
                ("age", profile.AgeOn(pronounced)), ("min", minAge), ("pronounced", pronounced)));
        }
        return violations;
    }

    /// <summary>Records a measure pronounced by a court (or converted by the JAP, CPP 747-1): state Active.</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanSentenceAsync"/>.</exception>
    /// <exception cref="ArgumentException">A measure with that id already exists.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer added a measure with that id meanwhile.</exception>
    public async Task<TigMeasure> SentenceAsync(TigSentence sentence, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(sentence);
        if (await FindAsync(sentence.Measure, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"A TIG measure '{sentence.Measure}' already exists.", nameof(sentence));
        }
        RuleViolationException.ThrowIfAny(await CanSentenceAsync(sentence, cancellationToken).ConfigureAwait(false));
        var programme = ProgrammeOf(sentence.SoaProgramme);
        var measure = new TigMeasure(sentence with { Territory = sentence.Territory ?? programme?.Territory, SoaProgramme = programme?.Id });
        await _measures.AddAsync(measure, cancellationToken).ConfigureAwait(false);
        return measure;
    }

    // ---------------------------------------------------------------- programme

    /// <summary>The violations following an SOA programme would meet: <c>TIG-PEDAGOGICAL-SHARE</c> when the pedagogical hours already done are above the programme's cap.</summary>
    /// <exception cref="NotFoundException">The measure or the programme is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanFollowProgrammeAsync(MeasureId measure, string programmeId, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(programmeId);
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        return CheckFollow(m, ProgrammeOf(programmeId)!);
    }

    /// <summary>Makes a measure follow an SOA programme: its pedagogical share cap then applies, and its site's parameters.</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanFollowProgrammeAsync"/>.</exception>
    public async Task FollowProgrammeAsync(MeasureId measure, string programmeId, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(programmeId);
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        var programme = ProgrammeOf(programmeId)!;
        RuleViolationException.ThrowIfAny(CheckFollow(m, programme));
        m.Follow(programme);
        await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<RuleViolation> CheckFollow(TigMeasure m, SoaProgrammeDefinition programme) =>
        m.Pedagogical.Minutes > programme.PedagogicalShareMax * m.Hours.Minutes
            ? [RuleCodes.TigPedagogicalShare.Violation(
                $"{m.Pedagogical} of pedagogical hours already done is above {programme.PedagogicalShareMax:0.##} × {m.Hours}, the cap of the programme '{programme.Id}'.",
                ("measure", m.Id.Value), ("pedagogical", m.Pedagogical), ("shareMax", programme.PedagogicalShareMax), ("sentenced", m.Hours))]
            : [];

    // ---------------------------------------------------------------- ledger

    /// <summary>
    /// The violations logging these hours would meet (empty when the key is already in the ledger:
    /// the repeat is ignored). Checked in the order of SCENARIOS.md, each against the state before
    /// the entry: <c>TIG-INVALID-TRANSITION</c> (cancelled or converted measure); <c>TIG-HOURS-EXCEEDED</c>
    /// (done + hours above the sentence); <c>TIG-OUTSIDE-TERM</c> (before the start or after the
    /// deadline as moved by suspensions; days inside a suspension are not refused);
    /// <c>TIG-PEDAGOGICAL-SHARE</c> (pedagogical hours above the share cap × the measure's hours);
    /// <c>TIG-DAILY-MAX</c> (the person's TIG hours that day, all measures, above the daily maximum,
    /// 8 h under 18); <c>TIG-WEEKLY-CUMUL</c> (the person's TIG hours in the ISO week plus every
    /// registered paid work source above 47 h, 35 h under 18).
    /// </summary>
    /// <exception cref="NotFoundException">The measure (or its person) is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanLogAsync(MeasureId measure, DateOnly on, WorkMinutes hours, TigEntryKind kind, string key, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        Guard.Against.NegativeOrZero(hours.Minutes, nameof(hours));
        var slice = MeasuresWithLedgerSliceSpec.ForLog(key, on);
        var m = await GetAsync(measure, slice, cancellationToken).ConfigureAwait(false);
        if (m.TryGetEntry(key, out _))
        {
            return [];
        }
        var profile = await _people.GetAsync(m.Person, cancellationToken).ConfigureAwait(false);
        var mine = await _measures.ListAsync(MeasuresWithLedgerSliceSpec.OfPerson(m.Person, slice), cancellationToken).ConfigureAwait(false);
        return await CheckLogAsync(m, mine, profile, on, hours, kind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Logs TIG hours (an append to the ledger). The same <paramref name="key"/> twice is accepted
    /// once and answers <see cref="RecordOutcome.AlreadyRecorded"/> after, without error. The entry
    /// that completes the hours makes the measure Completed.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanLogAsync"/>; nothing changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another command for the same person or measure committed meanwhile: nothing changed; run it again.</exception>
    public async Task<TigLogResult> LogAsync(MeasureId measure, DateOnly on, WorkMinutes hours, TigEntryKind kind, string key, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        Guard.Against.NegativeOrZero(hours.Minutes, nameof(hours));
        return await _unitOfWork.ExecuteAsync(async ct =>
        {
            var slice = MeasuresWithLedgerSliceSpec.ForLog(key, on);
            var first = await GetAsync(measure, slice, ct).ConfigureAwait(false);
            if (first.TryGetEntry(key, out var existing))
            {
                return new TigLogResult(existing, RecordOutcome.AlreadyRecorded, Completed: false);
            }
            var (profile, mine) = await ClaimPersonAsync(first.Person, slice, ct).ConfigureAwait(false);
            // Stryker disable once Linq : the person's measures, read after the claim, hold this one
            var m = mine.FirstOrDefault(x => x.Id == measure) ?? first;
            if (m.TryGetEntry(key, out existing))
            {
                return new TigLogResult(existing, RecordOutcome.AlreadyRecorded, Completed: false);
            }
            RuleViolationException.ThrowIfAny(await CheckLogAsync(m, mine, profile, on, hours, kind, ct).ConfigureAwait(false));
            var result = m.Log(on, hours, kind, key, author);
            await _measures.UpdateAsync(m, ct).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The violations a correction of the entry <paramref name="originalKey"/> would meet (empty when <paramref name="key"/> is already in the ledger): see <see cref="TigMeasure.CanCorrect"/>.</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanCorrectAsync(MeasureId measure, string originalKey, string key, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(originalKey);
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        var m = await GetAsync(measure, MeasuresWithLedgerSliceSpec.ForCorrection(originalKey, key), cancellationToken).ConfigureAwait(false);
        return m.TryGetEntry(key, out _) ? [] : m.CanCorrect(originalKey, _time.Today());
    }

    /// <summary>
    /// Corrects an entry by a reversing entry (opposite minutes, same day and kind, naming the
    /// original): the ledger is never edited. Idempotent on <paramref name="key"/>. A completed
    /// measure that gets hours back becomes Active again (the next sweep finds it overdue if its
    /// deadline has passed).
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanCorrectAsync"/>.</exception>
    public async Task<TigLogResult> CorrectAsync(MeasureId measure, string originalKey, string key, string author, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(originalKey);
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        var m = await GetAsync(measure, MeasuresWithLedgerSliceSpec.ForCorrection(originalKey, key), cancellationToken).ConfigureAwait(false);
        if (m.TryGetEntry(key, out var existing))
        {
            return new TigLogResult(existing, RecordOutcome.AlreadyRecorded, Completed: false);
        }
        var today = _time.Today();
        RuleViolationException.ThrowIfAny(m.CanCorrect(originalKey, today));
        var result = m.Correct(originalKey, key, author, today);
        await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
        return result;
    }

    // ---------------------------------------------------------------- suspensions

    /// <summary>The violations a deadline suspension would meet: see <see cref="TigMeasure.CanSuspend"/>.</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanSuspendAsync(MeasureId measure, DateOnly from, DateOnly to, TigSuspensionReason reason, CancellationToken cancellationToken = default)
    {
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        return m.CanSuspend(from, to, _time.Today());
    }

    /// <summary>
    /// Suspends the time limit (C. pén. 131-22): the deadline moves later by the days of
    /// [<paramref name="from"/>, <paramref name="to"/>], both included. Hours done meanwhile stay
    /// allowed. An Overdue measure whose deadline moves to today or later becomes Active again.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanSuspendAsync"/>.</exception>
    public async Task<TigSuspension> SuspendAsync(MeasureId measure, DateOnly from, DateOnly to, TigSuspensionReason reason, CancellationToken cancellationToken = default)
    {
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        var today = _time.Today();
        RuleViolationException.ThrowIfAny(m.CanSuspend(from, to, today));
        var suspension = new TigSuspension(from, to, reason);
        m.Suspend(suspension, today);
        await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
        return suspension;
    }

    // ---------------------------------------------------------------- court decisions, incidents

    /// <summary>The violations recording a court decision would meet: <c>TIG-INVALID-TRANSITION</c> unless the measure is Active or Overdue.</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanDecideAsync(MeasureId measure, TigCourtDecision decision, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(decision);
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        return m.CanDecide(decision.Kind, decision.On);
    }

    /// <summary>Records a court decision that cancels or converts the measure (an event with its reference).</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanDecideAsync"/>.</exception>
    public async Task DecideAsync(MeasureId measure, TigCourtDecision decision, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(decision);
        Guard.Against.NullOrWhiteSpace(decision.Reference);
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        // Stryker disable once Statement : Decide fires the same transition, which refuses with the same violation before anything changes
        RuleViolationException.ThrowIfAny(m.CanDecide(decision.Kind, decision.On));
        m.Decide(decision);
        await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The violations recording an incident would meet: none (any measure may get one; a repeated key is ignored).</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordIncidentAsync(MeasureId measure, TigIncident incident, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(incident);
        Guard.Against.NullOrWhiteSpace(incident.Key);
        _ = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <summary>Records an incident (absence, refusal, other) for the SPIP; <see cref="RecordOutcome.AlreadyRecorded"/> when its key was already recorded.</summary>
    public async Task<RecordOutcome> RecordIncidentAsync(MeasureId measure, TigIncident incident, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(incident);
        Guard.Against.NullOrWhiteSpace(incident.Key);
        var m = await GetAsync(measure, cancellationToken).ConfigureAwait(false);
        var outcome = m.RecordIncident(incident);
        if (outcome == RecordOutcome.Recorded)
        {
            await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
        }
        return outcome;
    }

    // ---------------------------------------------------------------- sweep

    /// <summary>The daily sweep: an Active measure whose deadline is before <paramref name="today"/> with hours left becomes Overdue. Idempotent; a measure saved meanwhile is reloaded and decided again.</summary>
    internal async Task<int> SweepAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var candidate in await _measures.ListAsync(new OverdueCandidatesSpec(today), cancellationToken).ConfigureAwait(false))
        {
            // Stryker disable once Boolean : the first try decides on the listed candidate; reloading it reads the same measure
            var first = true;
            await ConcurrencyConflictException.RetryAsync(async () =>
            {
                // Stryker disable once Conditional : the first try decides on the listed candidate; reloading it reads the same measure
                var m = first ? candidate : await FindAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
                first = false;
                if (m is not null && m.SweepOverdue(today))
                {
                    await _measures.UpdateAsync(m, cancellationToken).ConfigureAwait(false);
                    changed++;
                }
            }).ConfigureAwait(false);
        }
        return changed;
    }

    // ---------------------------------------------------------------- shared with SoaService

    /// <summary>Claims the person (inside the caller's unit of work), then loads their measures: the order that makes the person caps hold.</summary>
    internal async Task<(PersonProfile Profile, IReadOnlyList<TigMeasure> Measures)> ClaimPersonAsync(PersonId person, CancellationToken ct)
    {
        var profile = await _people.ClaimAsync(person, ct).ConfigureAwait(false);
        var measures = await OfPersonAsync(person, ct).ConfigureAwait(false);
        return (profile, measures);
    }

    /// <summary>As <see cref="ClaimPersonAsync(PersonId, CancellationToken)"/>, the measures loaded with the slice of their ledgers a command reads.</summary>
    internal async Task<(PersonProfile Profile, IReadOnlyList<TigMeasure> Measures)> ClaimPersonAsync(PersonId person, LedgerSlice slice, CancellationToken ct)
    {
        var profile = await _people.ClaimAsync(person, ct).ConfigureAwait(false);
        var measures = await _measures.ListAsync(MeasuresWithLedgerSliceSpec.OfPerson(person, slice), ct).ConfigureAwait(false);
        return (profile, measures);
    }

    /// <summary>The measure with that id, loaded with the slice of its ledger a command reads.</summary>
    /// <exception cref="NotFoundException">No measure has that id.</exception>
    internal async Task<TigMeasure> GetAsync(MeasureId id, LedgerSlice slice, CancellationToken ct) =>
        await _measures.FirstOrDefaultAsync(MeasuresWithLedgerSliceSpec.ById(id, slice), ct).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(TigMeasure));

    /// <summary>The person's profile (not claimed).</summary>
    internal Task<PersonProfile> PersonAsync(PersonId person, CancellationToken ct) => _people.GetAsync(person, ct);

    /// <summary>The violations of one entry: the measure's own rules, then the person's caps over <paramref name="personMeasures"/> (which hold <paramref name="m"/>).</summary>
    internal async Task<IReadOnlyList<RuleViolation>> CheckLogAsync(TigMeasure m, IReadOnlyList<TigMeasure> personMeasures, PersonProfile profile,
        DateOnly on, WorkMinutes hours, TigEntryKind kind, CancellationToken ct)
    {
        var own = m.CanLog(on, hours, kind, _views.ShareMax(m, on));
        if (own.Count > 0 && own[0].Code == RuleCodes.TigInvalidTransition.Code)
        {
            return own;
        }
        var v = own.ToList();
        var limits = _views.Limits(m, on);
        var monday = Weeks.MondayOf(on);
        long day = 0, week = 0;
        foreach (var x in personMeasures)
        {
            // Stryker disable once Conditional : personMeasures hold m itself (LogAsync, SOA) or an equal copy read in the same call (the query twin)
            var measure = x.Id == m.Id ? m : x;
            day += measure.MinutesOn(on);
            week += measure.MinutesInWeekOf(monday);
        }
        // Stryker disable once Assignment : every caller reads personMeasures for m's person after m, so they hold it; kept so that a caller without it cannot under-count
        if (!personMeasures.Any(x => x.Id == m.Id))
        {
            day += m.MinutesOn(on);
            week += m.MinutesInWeekOf(monday);
        }
        var dayAfter = new WorkMinutes(day) + hours;
        var weekAfter = new WorkMinutes(week) + hours;
        var paid = WorkMinutes.Zero;
        foreach (var source in _paidWork)
        {
            paid += await source.PaidMinutesInWeekAsync(m.Person, on, ct).ConfigureAwait(false);
        }
        // The minor caps never exceed the adult ones: the age matters only above them (C. trav. L3162-1).
        // Stryker disable once Equality : at the minor caps exactly, both sets of caps accept the entry, so which set applies makes no difference
        var minor = (dayAfter > limits.DailyMinor || weekAfter + paid > limits.WeeklyMinor) && profile.AgeOn(on) < 18;
        var (dailyMax, weeklyMax) = minor ? (limits.DailyMinor, limits.WeeklyMinor) : (limits.Daily, limits.Weekly);
        if (dayAfter > dailyMax)
        {
            v.Add(RuleCodes.TigDailyMax.Violation(
                $"{dayAfter} of TIG on {IsoDates.Format(on)} is above the daily maximum of {dailyMax}{(minor ? " (under 18)" : "")}.",
                ("measure", m.Id.Value), ("on", on), ("dayTotal", dayAfter), ("max", dailyMax), ("minor", minor)));
        }
        if (weekAfter + paid > weeklyMax)
        {
            v.Add(RuleCodes.TigWeeklyCumul.Violation(
                $"{weekAfter} of TIG + {paid} of paid work in the week of {IsoDates.Format(monday)} is above {weeklyMax}{(minor ? " (under 18)" : "")}.",
                ("measure", m.Id.Value), ("week", IsoWeek.Of(on).ToString()), ("tig", weekAfter), ("paid", paid), ("max", weeklyMax), ("minor", minor)));
        }
        return v;
    }

    private SoaProgrammeDefinition? ProgrammeOf(string? id) =>
        id is null ? null : _views.Programme(id) ?? throw new NotFoundException(id, "SOA programme");
}
