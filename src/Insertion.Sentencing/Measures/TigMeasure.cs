using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// A TIG measure (travail d'intérêt général): the hours sentenced, the time limit and its
/// suspensions, the append-only hours ledger, incidents and court decisions. The aggregate decides
/// what concerns the measure alone (state, sentence, term, pedagogical share, corrections,
/// suspensions); the person's caps across measures (daily, weekly) are checked by
/// <see cref="TigService"/>, which claims the person first (C. pén. 131-8, 131-22). Its state follows
/// the one <see cref="TigLifecycle"/> definition. A plain stored aggregate: no lock, no reference to a
/// service; each scope works on its own copy and the store checks <see cref="Version"/> on save.
/// Ids only: no name, and no health or justice fact beyond the measure itself.
/// </summary>
public sealed class TigMeasure : IAggregateRoot
{
    private LedgerLog<TigEntry> _log = LedgerLog<TigEntry>.Of([]);
    private int _visible;
    private LedgerSlice? _slice;
    private readonly List<TigSuspension> _suspensions = [];
    private readonly List<TigCourtDecision> _decisions = [];
    private readonly List<TigIncident> _incidents = [];
    private readonly List<TigStateChange> _history = [];

    internal TigMeasure(TigSentence sentence)
    {
        Id = sentence.Measure;
        Person = sentence.Person;
        Hours = sentence.Hours;
        From = sentence.From;
        Pronounced = sentence.Pronounced ?? sentence.From;
        Months = sentence.Months;
        InitialDeadline = LegalDates.MonthsEnd(sentence.From, sentence.Months);
        Deadline = InitialDeadline;
        Origin = sentence.Origin;
        HostStructure = sentence.HostStructure;
        Post = sentence.Post;
        SpipReferent = sentence.SpipReferent;
        Judge = sentence.Judge;
        Territory = sentence.Territory;
        SoaProgramme = sentence.SoaProgramme;
        Site = sentence.Site;
        State = TigState.Active;
    }

    /// <summary>The measure's id.</summary>
    public MeasureId Id { get; private set; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The TIGiste.</summary>
    public PersonId Person { get; private set; }

    /// <summary>Hours sentenced.</summary>
    public WorkMinutes Hours { get; private set; }

    /// <summary>Date the measure was pronounced (the hours range in force that day applies, C. pén. 131-8).</summary>
    public DateOnly Pronounced { get; private set; }

    /// <summary>Start of the time limit: no hours before this day.</summary>
    public DateOnly From { get; private set; }

    /// <summary>Time limit set by the court, in months (at most 18, C. pén. 131-22).</summary>
    public int Months { get; private set; }

    /// <summary>Deadline as pronounced: <see cref="From"/> + <see cref="Months"/> counted date à date.</summary>
    public DateOnly InitialDeadline { get; private set; }

    /// <summary>Deadline moved later by every suspension's days (C. pén. 131-22); hours on this day are inside the term. Stored (specifications select on it).</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>
    /// The day the daily sweep makes the measure Overdue unless something changes first: the day
    /// after <see cref="Deadline"/> while Active with hours left; null otherwise (and for a deadline
    /// on the last representable date, which no day passes). Computed from the state, so every
    /// command keeps it right; stored, so that <see cref="OverdueCandidatesSpec"/> selects on one indexed date.
    /// </summary>
    // Stryker disable once Equality : an Active measure with every hour done has completed, so Done never equals Hours here
    public DateOnly? OverdueDueOn => State == TigState.Active && Done < Hours && Deadline < DateOnly.MaxValue ? Deadline.AddDays(1) : null;

    /// <summary>Sentence or conversion (CPP 747-1).</summary>
    public TigOrigin Origin { get; private set; }

    /// <summary>Host structure (opaque id), or null.</summary>
    public string? HostStructure { get; private set; }

    /// <summary>Post at the host structure (opaque id), or null.</summary>
    public string? Post { get; private set; }

    /// <summary>SPIP referent (opaque id), or null.</summary>
    public string? SpipReferent { get; private set; }

    /// <summary>Judge (JAP) reference (opaque id), or null.</summary>
    public string? Judge { get; private set; }

    /// <summary>TIG pédagogique territory, or null.</summary>
    public TigTerritory? Territory { get; private set; }

    /// <summary>SOA programme the measure follows (its share cap applies), or null.</summary>
    public string? SoaProgramme { get; private set; }

    /// <summary>Site (plugin id) where the measure is followed, when given; else the site of its programme or territory, if any.</summary>
    public string? Site { get; private set; }

    /// <summary>Current state.</summary>
    public TigState State { get; internal set; }

    /// <summary>Day of the entry that completed the hours, or null.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Minutes done: the running fold of every ledger entry (reversals included). Stored.</summary>
    public WorkMinutes Done { get; private set; }

    /// <summary>Pedagogical (SOA) minutes done. Stored.</summary>
    public WorkMinutes Pedagogical { get; private set; }

    /// <summary>Minutes left: <see cref="Hours"/> − <see cref="Done"/>.</summary>
    public WorkMinutes Remaining => new(Hours.Minutes - Done.Minutes);

    /// <summary>Task minutes done.</summary>
    public WorkMinutes Task => new(Done.Minutes - Pedagogical.Minutes);

    /// <summary>Whether hours may still be logged (Active or Overdue).</summary>
    public bool IsOpen => State is TigState.Active or TigState.Overdue;

    /// <summary>The ledger's entries, in order.</summary>
    /// <exception cref="InvalidOperationException">The measure was loaded with a slice of its ledger (<see cref="IsLedgerComplete"/>).</exception>
    public IReadOnlyList<TigEntry> Entries
    {
        get
        {
            RequireComplete("its entries");
            return _log.ToList(_visible);
        }
    }

    /// <summary>Number of entries of the ledger (originals and corrections). A running count, stored with the measure.</summary>
    public int EntryCount { get; private set; }

    /// <summary>
    /// Whether every ledger entry is loaded: false when a database loaded only the
    /// <see cref="LedgerSlice"/> a command reads (its key, its day and week). The sums
    /// (<see cref="Done"/>, <see cref="Pedagogical"/>, <see cref="EntryCount"/>) are always whole; a
    /// question about a key or day outside the slice throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public bool IsLedgerComplete => _slice is null;

    /// <summary>The entries with a sequence from <paramref name="sequence"/> on, in order: with the count a store loaded, what was appended since (what it saves).</summary>
    public IReadOnlyList<TigEntry> EntriesSince(long sequence) => _log.Since(sequence, _visible);

    /// <summary>Suspensions of the time limit, in the order recorded.</summary>
    public IReadOnlyList<TigSuspension> Suspensions => _suspensions.AsReadOnly();

    /// <summary>Court decisions recorded.</summary>
    public IReadOnlyList<TigCourtDecision> CourtDecisions => _decisions.AsReadOnly();

    /// <summary>Incidents recorded.</summary>
    public IReadOnlyList<TigIncident> Incidents => _incidents.AsReadOnly();

    /// <summary>Changes of state.</summary>
    public IReadOnlyList<TigStateChange> History => _history.AsReadOnly();

    /// <summary>Whether the deadline is before <paramref name="today"/> with hours left: an unfinished TIG to report.</summary>
    // Stryker disable once Equality : an Active or Overdue measure with no hour left has completed, so Remaining is never 0 here
    public bool IsUnfinishedAtDeadline(DateOnly today) => Deadline < today && Remaining.Minutes > 0 && State is TigState.Active or TigState.Overdue;

    /// <summary>The entry with that idempotency key, if the ledger holds one.</summary>
    /// <exception cref="InvalidOperationException">The measure was loaded with a slice of its ledger without that key.</exception>
    public bool TryGetEntry(string key, out TigEntry entry)
    {
        RequireKey(key);
        return _log.TryFind(key, _visible, out entry);
    }

    /// <summary>The person's TIG minutes of this measure on a day.</summary>
    /// <exception cref="InvalidOperationException">The measure was loaded with a slice of its ledger without that day.</exception>
    public long MinutesOn(DateOnly day)
    {
        RequirePeriod(new DateRange(day, day));
        return _log.MinutesOn(day, _visible);
    }

    /// <summary>The TIG minutes of this measure in the ISO week whose Monday is <paramref name="monday"/>.</summary>
    /// <exception cref="InvalidOperationException">The measure was loaded with a slice of its ledger without that week.</exception>
    public long MinutesInWeekOf(DateOnly monday)
    {
        var week = new DateRange(monday, monday.AddDays(6));
        RequirePeriod(week);
        return _log.MinutesIn(week, _visible);
    }

    /// <summary>
    /// What the measure alone says of logging these hours, in the order of SCENARIOS.md:
    /// <c>TIG-INVALID-TRANSITION</c> (cancelled or converted: alone, nothing else is checked);
    /// <c>TIG-HOURS-EXCEEDED</c> (C. pén. 131-8); <c>TIG-OUTSIDE-TERM</c> (C. pén. 131-22: the deadline
    /// as moved by suspensions, the deadline day included); <c>TIG-PEDAGOGICAL-SHARE</c> (above
    /// <paramref name="shareMax"/> × the hours; equal is allowed). The person's caps come after.
    /// </summary>
    public IReadOnlyList<RuleViolation> CanLog(DateOnly on, WorkMinutes hours, TigEntryKind kind, decimal shareMax)
    {
        var invalid = TigLifecycle.WhyNot(this, TigTrigger.LogHours, on);
        if (invalid.Count > 0)
        {
            return invalid;
        }
        var v = new List<RuleViolation>();
        if (Done + hours > Hours)
        {
            v.Add(RuleCodes.TigHoursExceeded.Violation(
                $"{Done} done + {hours} is above the {Hours} sentenced.",
                ("measure", Id.Value), ("done", Done), ("hours", hours), ("sentenced", Hours)));
        }
        if (on < From || on > Deadline)
        {
            v.Add(RuleCodes.TigOutsideTerm.Violation(
                $"{IsoDates.Format(on)} is outside the term {IsoDates.Format(From)} to {IsoDates.Format(Deadline)}.",
                ("measure", Id.Value), ("on", on), ("from", From), ("deadline", Deadline)));
        }
        if (kind == TigEntryKind.Pedagogical)
        {
            var after = Pedagogical + hours;
            if (after.Minutes > shareMax * Hours.Minutes)
            {
                v.Add(RuleCodes.TigPedagogicalShare.Violation(
                    $"{after} of pedagogical hours is above {shareMax:0.##} × {Hours}.",
                    ("measure", Id.Value), ("pedagogical", after), ("shareMax", shareMax), ("sentenced", Hours)));
            }
        }
        return v;
    }

    /// <summary>Appends a checked entry; the entry that completes the hours makes the measure Completed.</summary>
    internal TigLogResult Log(DateOnly on, WorkMinutes hours, TigEntryKind kind, string key, string author)
    {
        var entry = new TigEntry(EntryCount + 1L, key, on, hours, kind, author);
        Append(entry);
        var completed = false;
        if (Remaining.Minutes <= 0 && State != TigState.Completed)
        {
            CompletedOn = on;
            TigLifecycle.Fire(this, TigTrigger.Complete, on);
            completed = true;
        }
        return new TigLogResult(entry, RecordOutcome.Recorded, completed);
    }

    /// <summary>
    /// The violations a correction of <paramref name="originalKey"/> would meet:
    /// <c>TIG-INVALID-TRANSITION</c> (cancelled or converted), then <c>TIG-CORRECTION-INVALID</c>
    /// (unknown original, a reversal, or already reversed).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanCorrect(string originalKey, DateOnly today)
    {
        var invalid = TigLifecycle.WhyNot(this, TigTrigger.Correct, today);
        if (invalid.Count > 0)
        {
            return invalid;
        }
        if (!TryGetEntry(originalKey, out var original))
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The measure has no entry '{originalKey}' to correct.",
                ("measure", Id.Value), ("original", originalKey))];
        }
        if (original.IsReversal)
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The entry '{originalKey}' is itself a correction; log the hours again instead.",
                ("measure", Id.Value), ("original", originalKey))];
        }
        RequireKey(originalKey);
        if (_log.TryFindReversalOf(originalKey, _visible, out _))
        {
            return [RuleCodes.TigCorrectionInvalid.Violation($"The entry '{originalKey}' is already reversed.",
                ("measure", Id.Value), ("original", originalKey))];
        }
        return [];
    }

    /// <summary>Appends the reversing entry of a checked correction; a completed measure that gets hours back becomes Active.</summary>
    internal TigLogResult Correct(string originalKey, string key, string author, DateOnly today)
    {
        TryGetEntry(originalKey, out var original);
        var entry = new TigEntry(EntryCount + 1L, key, original.On, -original.Minutes, original.Kind, author, original.Key);
        Append(entry);
        // Stryker disable once Equality : a reversal gives back the original's minutes (never 0), so a completed measure has hours left after it
        if (State == TigState.Completed && Remaining.Minutes > 0)
        {
            CompletedOn = null;
            TigLifecycle.Fire(this, TigTrigger.Reopen, today);
        }
        return new TigLogResult(entry, RecordOutcome.Recorded, Completed: false);
    }

    /// <summary>
    /// The violations a deadline suspension would meet: <c>TIG-INVALID-TRANSITION</c> (Completed,
    /// Cancelled or Converted), then <c>TIG-SUSPENSION-INVALID</c> (<paramref name="to"/> before
    /// <paramref name="from"/>, past the calendar, or a day shared with another suspension).
    /// </summary>
    public IReadOnlyList<RuleViolation> CanSuspend(DateOnly from, DateOnly to, DateOnly today)
    {
        var invalid = TigLifecycle.WhyNot(this, TigTrigger.Suspend, today);
        if (invalid.Count > 0)
        {
            return invalid;
        }
        if (to < from)
        {
            return [RuleCodes.TigSuspensionInvalid.Violation(
                $"The suspension ends on {IsoDates.Format(to)}, before its start {IsoDates.Format(from)}.",
                ("measure", Id.Value), ("from", from), ("to", to))];
        }
        var period = new DateRange(from, to);
        if ((long)Deadline.DayNumber + period.LengthInDays > DateOnly.MaxValue.DayNumber)
        {
            return [RuleCodes.TigSuspensionInvalid.Violation(
                $"The suspension {period} would move the deadline past the last representable date.",
                ("measure", Id.Value), ("from", from), ("to", to))];
        }
        foreach (var s in _suspensions)
        {
            if (s.Period.Overlaps(period))
            {
                return [RuleCodes.TigSuspensionInvalid.Violation(
                    $"The suspension {period} shares a day with the suspension {s.Period}.",
                    ("measure", Id.Value), ("from", from), ("to", to), ("other", s.Period.ToString()))];
            }
        }
        return [];
    }

    /// <summary>Records a checked suspension: the deadline moves; an Overdue measure whose new deadline is today or later becomes Active.</summary>
    internal void Suspend(TigSuspension suspension, DateOnly today)
    {
        _suspensions.Add(suspension);
        Deadline = Deadline.AddDays(suspension.Days);
        if (State == TigState.Overdue && TigLifecycle.CanFire(this, TigTrigger.Resume, today))
        {
            TigLifecycle.Fire(this, TigTrigger.Resume, today);
        }
    }

    /// <summary>The violations a court decision would meet: <c>TIG-INVALID-TRANSITION</c> unless the measure is Active or Overdue.</summary>
    public IReadOnlyList<RuleViolation> CanDecide(TigCourtDecisionKind kind, DateOnly on) =>
        TigLifecycle.WhyNot(this, TriggerOf(kind), on);

    /// <summary>Records a checked court decision: the measure is Cancelled or Converted.</summary>
    /// <exception cref="RuleViolationException"><c>TIG-INVALID-TRANSITION</c>: the measure is unchanged.</exception>
    internal void Decide(TigCourtDecision decision)
    {
        TigLifecycle.Fire(this, TriggerOf(decision.Kind), decision.On);
        _decisions.Add(decision);
    }

    /// <summary>Whether an incident with that key is recorded.</summary>
    public bool HasIncident(string key) => _incidents.Exists(i => string.Equals(i.Key, key, StringComparison.Ordinal));

    /// <summary>Records an incident; <see cref="RecordOutcome.AlreadyRecorded"/> when its key is already there.</summary>
    internal RecordOutcome RecordIncident(TigIncident incident)
    {
        if (HasIncident(incident.Key))
        {
            return RecordOutcome.AlreadyRecorded;
        }
        _incidents.Add(incident);
        return RecordOutcome.Recorded;
    }

    /// <summary>Follows an SOA programme (its share cap applies; the territory is the programme's when none was set).</summary>
    internal void Follow(SoaProgrammeDefinition programme)
    {
        SoaProgramme = programme.Id;
        Territory ??= programme.Territory;
    }

    /// <summary>The daily sweep's change: Active with the deadline before <paramref name="today"/> and hours left becomes Overdue. False when nothing changes.</summary>
    internal bool SweepOverdue(DateOnly today)
    {
        if (State != TigState.Active || !TigLifecycle.CanFire(this, TigTrigger.MarkOverdue, today))
        {
            return false;
        }
        TigLifecycle.Fire(this, TigTrigger.MarkOverdue, today);
        return true;
    }

    internal void AddHistory(TigStateChange change) => _history.Add(change);

    /// <summary>The sums recomputed from the entries alone (for checks, never used by the rules).</summary>
    internal (long Done, long Pedagogical) Refold()
    {
        long done = 0, pedagogical = 0;
        foreach (var e in Entries)
        {
            done += e.Minutes.Minutes;
            if (e.Kind == TigEntryKind.Pedagogical)
            {
                pedagogical += e.Minutes.Minutes;
            }
        }
        return (done, pedagogical);
    }

    private void Append(TigEntry entry)
    {
        _log = _log.Append(entry, _visible);
        _visible++;
        EntryCount++;
        Done += entry.Minutes;
        if (entry.Kind == TigEntryKind.Pedagogical)
        {
            Pedagogical += entry.Minutes;
        }
    }

    // Called by the EF Core store (UnsafeAccessor) after materialising the row: the ledger entries it loaded, for the slice (null: all), and the minutes of each of the slice's days if it summed them.
    private void Restore(IReadOnlyList<TigEntry> entries, LedgerSlice? slice, IReadOnlyDictionary<DateOnly, long>? dayTotals)
    {
        _log = LedgerLog<TigEntry>.OfStored(entries, EntryCount, 1, slice, LedgerName, dayTotals);
        _visible = _log.Count;
        _slice = slice;
    }

    private string LedgerName => $"The ledger of measure {Id}";

    private void RequireComplete(string what) => LedgerSlice.EnsureWhole(_slice, LedgerName, what);

    private void RequireKey(string key) => LedgerSlice.EnsureCovers(_slice, LedgerName, key);

    private void RequirePeriod(DateRange days) => LedgerSlice.EnsureCovers(_slice, LedgerName, days);

    private static TigTrigger TriggerOf(TigCourtDecisionKind kind) =>
        kind == TigCourtDecisionKind.Cancellation ? TigTrigger.Cancel : TigTrigger.Convert;

    /// <inheritdoc />
    public override string ToString() => $"TIG {Id} ({State}, {Done}/{Hours}, deadline {IsoDates.Format(Deadline)})";
}
