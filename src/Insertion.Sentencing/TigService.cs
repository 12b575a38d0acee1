using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// The TIG module's commands and queries: sentencing, the hours ledger, deadline suspensions,
/// corrections, court decisions, incidents. Every command has a query twin (<c>CanX</c>) that
/// returns the violations without throwing; the command throws the first one as a
/// <see cref="RuleViolationException"/> and then changes nothing. One lock serialises every
/// change, because the daily and weekly caps read all the measures of a person at once.
/// Measures are kept in an index (by id, by person) and written to <see cref="IRepository{T}"/>.
/// </summary>
public sealed class TigService
{
    private readonly Lock _gate = new();
    private readonly IRepository<TigMeasure> _repository;
    private readonly LegalParameters _parameters;
    private readonly IPersonDirectory _people;
    private readonly IPaidWorkSource[] _paidWork;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SoaProgrammeDefinition> _programmes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<MeasureId, TigMeasure> _byId = [];
    private readonly List<TigMeasure> _all = [];
    private readonly Dictionary<PersonId, List<TigMeasure>> _byPerson = [];
    private readonly Dictionary<PersonId, PersonTigTotals> _totals = [];
    private readonly Dictionary<DateOnly, DayLimits> _limits = [];
    private readonly bool _storedInPlace;

    /// <summary>Creates the service (DI does it: <c>AddSentencing()</c>).</summary>
    public TigService(IRepository<TigMeasure> repository, LegalParameters parameters, IPersonDirectory people,
        IEnumerable<IPaidWorkSource> paidWork, SiteRegistry sites, TimeProvider time)
    {
        _repository = Guard.Against.Null(repository);
        _parameters = Guard.Against.Null(parameters);
        _people = Guard.Against.Null(people);
        _paidWork = Guard.Against.Null(paidWork).ToArray();
        _time = Guard.Against.Null(time);
        // The in-memory repository holds the very instances this service changes: nothing to write back.
        _storedInPlace = repository is InMemoryRepository<TigMeasure>;
        foreach (var p in Guard.Against.Null(sites).All.SelectMany(s => s.SoaProgrammes))
        {
            if (!_programmes.TryAdd(p.Id, p))
            {
                throw new InvalidOperationException($"Two SOA programmes are registered with id '{p.Id}'.");
            }
        }
    }

    /// <summary>The SOA programmes of the registered sites.</summary>
    public IReadOnlyCollection<SoaProgrammeDefinition> SoaProgrammes => _programmes.Values;

    /// <summary>The measure with that id, or null.</summary>
    public TigMeasure? Find(MeasureId id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>The measure with that id.</summary>
    /// <exception cref="ArgumentException">No measure has that id.</exception>
    public TigMeasure Get(MeasureId id) => Find(id) ?? throw new ArgumentException($"Unknown TIG measure '{id}'.", nameof(id));

    /// <summary>Every measure, in the order sentenced (a snapshot).</summary>
    public IReadOnlyList<TigMeasure> All()
    {
        lock (_gate)
        {
            return _all.ToArray();
        }
    }

    /// <summary>The measures of a person (a snapshot).</summary>
    public IReadOnlyList<TigMeasure> OfPerson(PersonId person)
    {
        lock (_gate)
        {
            return _byPerson.TryGetValue(person, out var list) ? list.ToArray() : [];
        }
    }

    // ---------------------------------------------------------------- sentence

    /// <summary>
    /// The violations a sentence would meet, in this order: <c>TIG-HOURS-RANGE</c> (the range in
    /// force on the date pronounced, C. pén. 131-8), <c>TIG-DEADLINE-RANGE</c> (1 to 18 months,
    /// C. pén. 131-22), <c>TIG-AGE-AT-DECISION</c> (under 16 on the date pronounced; the age at the
    /// offence — 13 or over — is not known to the library and not checked).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanSentence(TigSentence sentence)
    {
        Guard.Against.Null(sentence);
        var profile = _people.FindAsync(sentence.Person).GetAwaiter().GetResult() ?? throw new ArgumentException($"Unknown person '{sentence.Person}'.", nameof(sentence));
        var pronounced = sentence.Pronounced ?? sentence.From;
        var violations = new List<RuleViolation>();

        if (!TryValueOn(SentencingParameters.MinHours, pronounced, out var min) || !TryValueOn(SentencingParameters.MaxHours, pronounced, out var max))
        {
            violations.Add(RuleCodes.TigHoursRange.Violation(
                $"No TIG hours range is in force on {IsoDates.Format(pronounced)}.", ("pronounced", pronounced)));
        }
        else if (sentence.Hours < WorkMinutes.FromHours(min) || sentence.Hours > WorkMinutes.FromHours(max))
        {
            violations.Add(RuleCodes.TigHoursRange.Violation(
                $"{sentence.Hours} is outside {min} to {max} h, the range in force on {IsoDates.Format(pronounced)}.",
                ("hours", sentence.Hours), ("min", min), ("max", max), ("pronounced", pronounced)));
        }

        var maxMonths = _parameters.ValueOn(SentencingParameters.MaxMonths, pronounced < SentencingParameters.NewPenalCode ? SentencingParameters.NewPenalCode : pronounced);
        if (sentence.Months < 1 || sentence.Months > maxMonths)
        {
            violations.Add(RuleCodes.TigDeadlineRange.Violation(
                $"A time limit of {sentence.Months} months is outside 1 to {maxMonths} months.",
                ("months", sentence.Months), ("max", maxMonths)));
        }

        if (TryValueOn(SentencingParameters.MinAgeAtDecision, pronounced, out var minAge) && profile.AgeOn(pronounced) < minAge)
        {
            violations.Add(RuleCodes.TigAgeAtDecision.Violation(
                $"The person is {profile.AgeOn(pronounced)} on {IsoDates.Format(pronounced)}, under {minAge}.",
                ("age", profile.AgeOn(pronounced)), ("min", minAge), ("pronounced", pronounced)));
        }
        return violations;
    }

    /// <summary>Records a measure pronounced by a court (or converted by the JAP, CPP 747-1): state Active.</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanSentence"/>.</exception>
    public TigMeasure Sentence(TigSentence sentence)
    {
        Guard.Against.Null(sentence);
        lock (_gate)
        {
            if (_byId.ContainsKey(sentence.Measure))
            {
                throw new ArgumentException($"A TIG measure '{sentence.Measure}' already exists.", nameof(sentence));
            }
            SoaProgrammeDefinition? programme = null;
            if (sentence.SoaProgramme is { } pid && !_programmes.TryGetValue(pid, out programme))
            {
                throw new ArgumentException($"Unknown SOA programme '{pid}' (known: {string.Join(", ", _programmes.Keys)}).", nameof(sentence));
            }
            RuleViolationException.ThrowIfAny(CanSentence(sentence));
            var measure = new TigMeasure(sentence with { Territory = sentence.Territory ?? programme?.Territory });
            _repository.AddAsync(measure).GetAwaiter().GetResult();
            _byId.Add(measure.Id, measure);
            _all.Add(measure);
            if (!_byPerson.TryGetValue(measure.Person, out var list))
            {
                _byPerson[measure.Person] = list = [];
            }
            list.Add(measure);
            if (!_totals.TryGetValue(measure.Person, out var totals))
            {
                _totals[measure.Person] = totals = new PersonTigTotals();
            }
            measure.PersonTotals = totals;
            measure.Gate = _gate;
            return measure;
        }
    }

    /// <summary>Makes a measure follow an SOA programme: its pedagogical share cap then applies.</summary>
    public void FollowProgramme(MeasureId measure, string programmeId)
    {
        Guard.Against.NullOrWhiteSpace(programmeId);
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            if (!_programmes.TryGetValue(programmeId, out var programme))
            {
                throw new ArgumentException($"Unknown SOA programme '{programmeId}'.", nameof(programmeId));
            }
            m.SoaProgramme = programme.Id;
            m.Territory ??= programme.Territory;
            Persist(m);
        }
    }

    // ---------------------------------------------------------------- ledger

    /// <summary>
    /// The violations logging these hours would meet (empty when the key is already in the ledger:
    /// the repeat is ignored). Checked in this order, each against the state before the entry:
    /// <c>TIG-INVALID-TRANSITION</c> (cancelled or converted measure); <c>TIG-HOURS-EXCEEDED</c>
    /// (done + hours above the sentence); <c>TIG-OUTSIDE-TERM</c> (before the start or after the
    /// deadline as moved by suspensions; days inside a suspension are not refused);
    /// <c>TIG-PEDAGOGICAL-SHARE</c> (pedagogical hours above the share cap × the measure's hours);
    /// <c>TIG-DAILY-MAX</c> (the person's TIG hours that day, all measures, above the daily maximum,
    /// 8 h under 18); <c>TIG-WEEKLY-CUMUL</c> (the person's TIG hours in the ISO week plus every
    /// registered paid work source above 47 h, 35 h under 18).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanLog(MeasureId measure, DateOnly on, WorkMinutes hours, TigEntryKind kind, string key)
    {
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NegativeOrZero(hours.Minutes, nameof(hours));
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            return m.Ledger.Contains(key) ? [] : CheckLog(m, on, hours, kind);
        }
    }

    /// <summary>
    /// Logs TIG hours (an append to the ledger). The same <paramref name="key"/> twice is accepted
    /// once and ignored after, without error. The entry that completes the hours makes the measure
    /// Completed.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanLog"/>; nothing changes.</exception>
    public TigLogResult Log(MeasureId measure, DateOnly on, WorkMinutes hours, TigEntryKind kind, string key, string author)
    {
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        Guard.Against.NegativeOrZero(hours.Minutes, nameof(hours));
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            if (m.Ledger.TryGet(key, out var existing))
            {
                return new TigLogResult(existing, Duplicate: true, Completed: false);
            }
            RuleViolationException.ThrowIfAny(CheckLog(m, on, hours, kind));
            return Apply(m, on, hours, kind, key, author);
        }
    }

    /// <summary>The violations a correction of the entry <paramref name="originalKey"/> would meet (empty when <paramref name="key"/> is already in the ledger).</summary>
    public IReadOnlyList<RuleViolation> CanCorrect(MeasureId measure, string originalKey, string key)
    {
        Guard.Against.NullOrWhiteSpace(originalKey);
        Guard.Against.NullOrWhiteSpace(key);
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            return m.Ledger.Contains(key) ? [] : CheckCorrect(m, originalKey);
        }
    }

    /// <summary>
    /// Corrects an entry by a reversing entry (opposite minutes, same day and kind, naming the
    /// original): the ledger is never edited. Idempotent on <paramref name="key"/>. A completed
    /// measure that gets hours back becomes Active again (the next sweep finds it overdue if its
    /// deadline has passed).
    /// </summary>
    /// <exception cref="RuleViolationException"><c>TIG-INVALID-TRANSITION</c> (cancelled or converted), <c>TIG-CORRECTION-INVALID</c> (unknown original, a reversal, or already reversed).</exception>
    public TigLogResult Correct(MeasureId measure, string originalKey, string key, string author)
    {
        Guard.Against.NullOrWhiteSpace(originalKey);
        Guard.Against.NullOrWhiteSpace(key);
        Guard.Against.NullOrWhiteSpace(author);
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            if (m.Ledger.TryGet(key, out var existing))
            {
                return new TigLogResult(existing, Duplicate: true, Completed: false);
            }
            RuleViolationException.ThrowIfAny(CheckCorrect(m, originalKey));
            m.Ledger.TryGet(originalKey, out var original);
            var entry = new TigEntry(m.Ledger.NextSequence, key, original.On, -original.Minutes, original.Kind, author, original.Key);
            m.Ledger.Append(entry);
            m.PersonTotals.Add(entry.On, entry.Minutes.Minutes);
            if (m.State == TigState.Completed && m.Remaining.Minutes > 0)
            {
                m.CompletedOn = null;
                TigLifecycle.Fire(m, TigTrigger.Reopen, _time.Today());
            }
            Persist(m);
            return new TigLogResult(entry, Duplicate: false, Completed: false);
        }
    }

    // ---------------------------------------------------------------- suspensions

    /// <summary>
    /// The violations a deadline suspension would meet: <c>TIG-INVALID-TRANSITION</c> (the measure is
    /// Completed, Cancelled or Converted), then <c>TIG-SUSPENSION-INVALID</c> (<paramref name="to"/>
    /// before <paramref name="from"/>, or a day shared with another suspension of the measure).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanSuspend(MeasureId measure, DateOnly from, DateOnly to, TigSuspensionReason reason)
    {
        lock (_gate)
        {
            return CheckSuspend(GetUnlocked(measure), from, to);
        }
    }

    /// <summary>
    /// Suspends the time limit (C. pén. 131-22): the deadline moves later by the days of
    /// [<paramref name="from"/>, <paramref name="to"/>], both included. Hours done meanwhile stay
    /// allowed. An Overdue measure whose deadline moves to today or later becomes Active again.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanSuspend"/>.</exception>
    public TigSuspension Suspend(MeasureId measure, DateOnly from, DateOnly to, TigSuspensionReason reason)
    {
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            RuleViolationException.ThrowIfAny(CheckSuspend(m, from, to));
            var suspension = new TigSuspension(from, to, reason);
            m.AddSuspension(suspension);
            var today = _time.Today();
            if (m.State == TigState.Overdue && TigLifecycle.CanFire(m, TigTrigger.Resume, today))
            {
                TigLifecycle.Fire(m, TigTrigger.Resume, today);
            }
            Persist(m);
            return suspension;
        }
    }

    // ---------------------------------------------------------------- court decisions, incidents

    /// <summary>The violations recording a court decision would meet: <c>TIG-INVALID-TRANSITION</c> unless the measure is Active or Overdue.</summary>
    public IReadOnlyList<RuleViolation> CanDecide(MeasureId measure, TigCourtDecisionKind kind)
    {
        lock (_gate)
        {
            return CheckDecide(GetUnlocked(measure), kind);
        }
    }

    /// <summary>Records a court decision that cancels or converts the measure (an event with its reference).</summary>
    /// <exception cref="RuleViolationException">See <see cref="CanDecide"/>.</exception>
    public void Decide(MeasureId measure, TigCourtDecision decision)
    {
        Guard.Against.Null(decision);
        Guard.Against.NullOrWhiteSpace(decision.Reference);
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            RuleViolationException.ThrowIfAny(CheckDecide(m, decision.Kind));
            m.AddDecision(decision);
            TigLifecycle.Fire(m, decision.Kind == TigCourtDecisionKind.Cancellation ? TigTrigger.Cancel : TigTrigger.Convert, decision.On);
            Persist(m);
        }
    }

    /// <summary>Records an incident (absence, refusal, other) for the SPIP; false when its key was already recorded.</summary>
    public bool RecordIncident(MeasureId measure, TigIncident incident)
    {
        Guard.Against.Null(incident);
        Guard.Against.NullOrWhiteSpace(incident.Key);
        lock (_gate)
        {
            var m = GetUnlocked(measure);
            var added = m.AddIncident(incident);
            if (added)
            {
                Persist(m);
            }
            return added;
        }
    }

    // ---------------------------------------------------------------- sweep

    /// <summary>The daily sweep: an Active measure whose deadline is before <paramref name="today"/> with hours left becomes Overdue. Idempotent.</summary>
    internal void Sweep(DateOnly today)
    {
        lock (_gate)
        {
            foreach (var m in _all)
            {
                if (m.State == TigState.Active && m.Deadline < today && m.Remaining.Minutes > 0)
                {
                    TigLifecycle.Fire(m, TigTrigger.MarkOverdue, today);
                    Persist(m);
                }
            }
        }
    }

    // ---------------------------------------------------------------- batch (SOA attendance)

    /// <summary>One entry of an all-or-nothing batch.</summary>
    internal readonly record struct BatchEntry(TigMeasure Measure, DateOnly On, WorkMinutes Hours, TigEntryKind Kind, string Key);

    /// <summary>Runs <paramref name="action"/> under the service's lock (batches spanning several measures).</summary>
    internal T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Checks a batch (caller holds the lock): each entry against the state before the batch; entries already in a ledger are skipped.</summary>
    internal IReadOnlyList<(BatchEntry Entry, RuleViolation Violation)> CheckBatchUnlocked(IReadOnlyList<BatchEntry> batch)
    {
        var refused = new List<(BatchEntry, RuleViolation)>();
        foreach (var e in batch)
        {
            if (e.Measure.Ledger.Contains(e.Key))
            {
                continue;
            }
            refused.AddRange(CheckLog(e.Measure, e.On, e.Hours, e.Kind).Select(v => (e, v)));
        }
        return refused;
    }

    /// <summary>Applies a checked batch (caller holds the lock).</summary>
    internal void ApplyBatchUnlocked(IReadOnlyList<BatchEntry> batch, string author)
    {
        foreach (var e in batch)
        {
            if (!e.Measure.Ledger.Contains(e.Key))
            {
                Apply(e.Measure, e.On, e.Hours, e.Kind, e.Key, author);
            }
        }
    }

    internal TigMeasure GetUnlocked(MeasureId id) =>
        _byId.GetValueOrDefault(id) ?? throw new ArgumentException($"Unknown TIG measure '{id}'.", nameof(id));

    internal void RecordIncidentUnlocked(TigMeasure m, TigIncident incident)
    {
        if (m.AddIncident(incident))
        {
            Persist(m);
        }
    }

    // ---------------------------------------------------------------- rules

    private IReadOnlyList<RuleViolation> CheckLog(TigMeasure m, DateOnly on, WorkMinutes hours, TigEntryKind kind)
    {
        List<RuleViolation>? v = null;
        void Add(RuleViolation violation) => (v ??= []).Add(violation);

        if (!TigLifecycle.Allows(m.State, TigTrigger.LogHours))
        {
            Add(RuleCodes.TigInvalidTransition.Violation($"Hours cannot be logged on a measure that is {m.State}.",
                ("measure", m.Id.Value), ("state", m.State)));
            return v!;
        }
        if (m.Done + hours > m.Hours)
        {
            Add(RuleCodes.TigHoursExceeded.Violation(
                $"{m.Done} done + {hours} is above the {m.Hours} sentenced.",
                ("measure", m.Id.Value), ("done", m.Done), ("hours", hours), ("sentenced", m.Hours)));
        }
        if (on < m.From || on > m.Deadline)
        {
            Add(RuleCodes.TigOutsideTerm.Violation(
                $"{IsoDates.Format(on)} is outside the term {IsoDates.Format(m.From)} to {IsoDates.Format(m.Deadline)}.",
                ("measure", m.Id.Value), ("on", on), ("from", m.From), ("deadline", m.Deadline)));
        }
        if (kind == TigEntryKind.Pedagogical)
        {
            var share = ShareMax(m, on);
            var after = m.Pedagogical + hours;
            if (after.Minutes > share * m.Hours.Minutes)
            {
                Add(RuleCodes.TigPedagogicalShare.Violation(
                    $"{after} of pedagogical hours is above {share:0.##} × {m.Hours}.",
                    ("measure", m.Id.Value), ("pedagogical", after), ("shareMax", share), ("sentenced", m.Hours)));
            }
        }
        var limits = LimitsOn(on);
        var monday = Weeks.MondayOf(on);
        var dayAfter = new WorkMinutes(m.PersonTotals.OnDay(on)) + hours;
        var weekAfter = new WorkMinutes(m.PersonTotals.InWeekOf(monday)) + hours;
        var paid = WorkMinutes.Zero;
        foreach (var source in _paidWork)
        {
            // Bridge until the Sentencing service is async end to end (its engineer replaces this call).
            paid += source.PaidMinutesInWeekAsync(m.Person, on).GetAwaiter().GetResult();
        }
        // The minor caps never exceed the adult ones: the age matters only above them.
        var minor = (dayAfter > limits.DailyMinor || weekAfter + paid > limits.WeeklyMinor) && IsMinorOn(m.Person, on);
        var (dailyMax, weeklyMax) = minor ? (limits.DailyMinor, limits.WeeklyMinor) : (limits.Daily, limits.Weekly);
        if (dayAfter > dailyMax)
        {
            Add(RuleCodes.TigDailyMax.Violation(
                $"{dayAfter} of TIG on {IsoDates.Format(on)} is above the daily maximum of {dailyMax}{(minor ? " (under 18)" : "")}.",
                ("measure", m.Id.Value), ("on", on), ("dayTotal", dayAfter), ("max", dailyMax), ("minor", minor)));
        }
        if (weekAfter + paid > weeklyMax)
        {
            Add(RuleCodes.TigWeeklyCumul.Violation(
                $"{weekAfter} of TIG + {paid} of paid work in the week of {IsoDates.Format(monday)} is above {weeklyMax}{(minor ? " (under 18)" : "")}.",
                ("measure", m.Id.Value), ("week", IsoWeek.Of(on).ToString()), ("tig", weekAfter), ("paid", paid), ("max", weeklyMax), ("minor", minor)));
        }
        return (IReadOnlyList<RuleViolation>?)v ?? [];
    }

    /// <summary>Under 18 on the day (C. trav. L3162-1), from the birth date in the person directory.</summary>
    private bool IsMinorOn(PersonId person, DateOnly on) =>
        (_people.FindAsync(person).GetAwaiter().GetResult() ?? throw new InvalidOperationException($"Person '{person}' is not in the person directory.")).AgeOn(on) < 18;

    private static IReadOnlyList<RuleViolation> CheckCorrect(TigMeasure m, string originalKey)
    {
        if (!TigLifecycle.Allows(m.State, TigTrigger.Correct))
        {
            return [RuleCodes.TigInvalidTransition.Violation($"Entries cannot be corrected on a measure that is {m.State}.",
                ("measure", m.Id.Value), ("state", m.State))];
        }
        if (!m.Ledger.TryGet(originalKey, out var original))
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The measure has no entry '{originalKey}' to correct.",
                ("measure", m.Id.Value), ("original", originalKey))];
        }
        if (original.IsReversal)
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The entry '{originalKey}' is itself a correction; log the hours again instead.",
                ("measure", m.Id.Value), ("original", originalKey))];
        }
        if (m.Ledger.IsReversed(originalKey))
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The entry '{originalKey}' is already reversed.",
                ("measure", m.Id.Value), ("original", originalKey))];
        }
        return [];
    }

    private static IReadOnlyList<RuleViolation> CheckSuspend(TigMeasure m, DateOnly from, DateOnly to)
    {
        if (!TigLifecycle.Allows(m.State, TigTrigger.Suspend))
        {
            return [RuleCodes.TigInvalidTransition.Violation($"The time limit of a measure that is {m.State} cannot be suspended.",
                ("measure", m.Id.Value), ("state", m.State))];
        }
        if (to < from)
        {
            return [RuleCodes.TigSuspensionInvalid.Violation(
                $"The suspension ends on {IsoDates.Format(to)}, before its start {IsoDates.Format(from)}.",
                ("measure", m.Id.Value), ("from", from), ("to", to))];
        }
        var period = new DateRange(from, to);
        if ((long)m.Deadline.DayNumber + period.LengthInDays > DateOnly.MaxValue.DayNumber)
        {
            return [RuleCodes.TigSuspensionInvalid.Violation(
                $"The suspension {period} would move the deadline past the last representable date.",
                ("measure", m.Id.Value), ("from", from), ("to", to))];
        }
        foreach (var s in m.Suspensions)
        {
            if (s.Period.Overlaps(period))
            {
                return [RuleCodes.TigSuspensionInvalid.Violation(
                    $"The suspension {period} shares a day with the suspension {s.Period}.",
                    ("measure", m.Id.Value), ("from", from), ("to", to), ("other", s.Period.ToString()))];
            }
        }
        return [];
    }

    private static IReadOnlyList<RuleViolation> CheckDecide(TigMeasure m, TigCourtDecisionKind kind)
    {
        var trigger = kind == TigCourtDecisionKind.Cancellation ? TigTrigger.Cancel : TigTrigger.Convert;
        return TigLifecycle.Allows(m.State, trigger)
            ? []
            : [RuleCodes.TigInvalidTransition.Violation($"A {kind} cannot be recorded on a measure that is {m.State}.",
                ("measure", m.Id.Value), ("state", m.State))];
    }

    private TigLogResult Apply(TigMeasure m, DateOnly on, WorkMinutes hours, TigEntryKind kind, string key, string author)
    {
        var entry = new TigEntry(m.Ledger.NextSequence, key, on, hours, kind, author);
        m.Ledger.Append(entry);
        m.PersonTotals.Add(on, hours.Minutes);
        var completed = false;
        if (m.Remaining.Minutes <= 0 && m.State != TigState.Completed)
        {
            m.CompletedOn = on;
            TigLifecycle.Fire(m, TigTrigger.Complete, on);
            completed = true;
        }
        Persist(m);
        return new TigLogResult(entry, Duplicate: false, completed);
    }

    /// <summary>The pedagogical share cap of the measure on a day: its programme's, else the parameter.</summary>
    internal decimal ShareMax(TigMeasure m, DateOnly on) =>
        m.SoaProgramme is { } p && _programmes.TryGetValue(p, out var programme)
            ? programme.PedagogicalShareMax
            : LimitsOn(on).ShareMax;

    private bool TryValueOn<T>(ParameterKey<T> key, DateOnly on, out T value)
    {
        try
        {
            value = _parameters.ValueOn(key, on);
            return true;
        }
        catch (KeyNotFoundException)
        {
            value = default!;
            return false;
        }
    }

    private void Persist(TigMeasure m)
    {
        if (!_storedInPlace)
        {
            _repository.UpdateAsync(m).GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The daily and weekly caps and the default pedagogical share in force on a day, read from the parameters once per day and kept
    /// (parameter overrides are set at start-up, as <see cref="LegalParameters"/> expects). The minor
    /// caps never exceed the adult ones (a host lowering the adult cap lowers both).
    /// </summary>
    private DayLimits LimitsOn(DateOnly on)
    {
        if (!_limits.TryGetValue(on, out var limits))
        {
            var daily = _parameters.ValueOn(SentencingParameters.DailyMaxHours, on);
            var weekly = _parameters.ValueOn(SentencingParameters.WeeklyCumulMaxHours, on);
            limits = new DayLimits(
                WorkMinutes.FromHours(daily),
                WorkMinutes.FromHours(Math.Min(daily, _parameters.ValueOn(SentencingParameters.DailyMaxHoursMinor, on))),
                WorkMinutes.FromHours(weekly),
                WorkMinutes.FromHours(Math.Min(weekly, _parameters.ValueOn(SentencingParameters.WeeklyCumulMaxHoursMinor, on))),
                _parameters.ValueOn(SentencingParameters.PedagogicalShareMax, on));
            _limits[on] = limits;
        }
        return limits;
    }

    private readonly record struct DayLimits(WorkMinutes Daily, WorkMinutes DailyMinor, WorkMinutes Weekly, WorkMinutes WeeklyMinor, decimal ShareMax);
}
