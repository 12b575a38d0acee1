using Ardalis.GuardClauses;

namespace Insertion.Contracts;

public sealed partial class CddiContract
{
    /// <summary>Query twin of <see cref="ConfirmTrial"/>.</summary>
    public IReadOnlyList<RuleViolation> CanConfirmTrial(DateOnly on) =>
        One(CheckTransition(CddiTrigger.ConfirmTrial) ?? CheckDay(CddiTrigger.ConfirmTrial, on, Start));

    /// <summary>The employer confirms the trial on <paramref name="on"/>: Trial → Active.</summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION; nothing changes.</exception>
    public void ConfirmTrial(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanConfirmTrial(on));
        CddiLifecycle.Fire(this, CddiTrigger.ConfirmTrial);
        TrialConfirmedOn = on;
    }

    /// <summary>Query twin of <see cref="FailTrial"/>.</summary>
    public IReadOnlyList<RuleViolation> CanFailTrial(DateOnly on) =>
        One(CheckTransition(CddiTrigger.FailTrial) ?? CheckDay(CddiTrigger.FailTrial, on, Start));

    /// <summary>The trial is broken on <paramref name="on"/> (its last day): Trial → Ended, TrialTerminated.</summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION; nothing changes.</exception>
    public void FailTrial(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanFailTrial(on));
        CddiLifecycle.Fire(this, CddiTrigger.FailTrial);
        EndReason = CddiEndReason.TrialTerminated;
        EndedOn = on;
    }

    /// <summary>
    /// Query twin of <see cref="Renew"/>: CDDI-INVALID-TRANSITION (ended, or a new end on or before
    /// the current end), then CDDI-MAX-DURATION (past 24 months from the first start without a
    /// valid extension, or past the extension's limit; C. trav. L5132-15-1, R5132-1-8), then
    /// CDDI-OVERLAP (the added days, from the day after the current end to the new end, share a day
    /// with another CDDI of the person that is not Ended: one CDDI at a time, L5132-15-1).
    /// </summary>
    /// <param name="renewal">The request.</param>
    /// <param name="person">The employee's profile (age for the senior extension).</param>
    /// <param name="rqth">Whether the employee is a recognised disabled worker (health data, used for this check only).</param>
    /// <param name="personContracts">The person's CDDI (this one may be among them; it is skipped).</param>
    /// <param name="parameters">The dated parameters.</param>
    public IReadOnlyList<RuleViolation> CanRenew(CddiRenewal renewal, PersonProfile person, bool rqth, IEnumerable<CddiContract> personContracts, LegalParameters parameters)
    {
        Guard.Against.Null(personContracts);
        var capped = CanRenewWithinCap(renewal, person, rqth, parameters);
        if (capped.Count > 0)
        {
            return capped;
        }
        var added = new DateRange(End.AddDays(1), renewal.NewEnd);
        foreach (var other in personContracts)
        {
            if (other.Person == Person && other.Id != Id && other.State != CddiState.Ended && other.Period.Overlaps(added))
            {
                return [RuleCodes.CddiOverlap.Violation(
                    $"The renewal's days {added} share days with the person's contract {other.Id} ({other.Period}).",
                    ("contract", Id.Value), ("other", other.Id.Value), ("newEnd", renewal.NewEnd))];
            }
        }
        return [];
    }

    private IReadOnlyList<RuleViolation> CanRenewWithinCap(CddiRenewal renewal, PersonProfile person, bool rqth, LegalParameters parameters)
    {
        Guard.Against.Null(renewal);
        Guard.Against.Null(person);
        Guard.Against.Null(parameters);
        if (CheckTransition(CddiTrigger.Renew) is { } invalid)
        {
            return [invalid];
        }
        var newEnd = renewal.NewEnd;
        if (newEnd <= End)
        {
            return [RuleCodes.CddiInvalidTransition.Violation(
                $"A renewal must end after the current end {IsoDates.Format(End)}; {IsoDates.Format(newEnd)} does not.",
                ("contract", Id.Value), ("newEnd", newEnd))];
        }
        var cap = CapEnd(parameters);
        if (newEnd <= cap)
        {
            return [];
        }
        var refusal = renewal.Extension switch
        {
            null => $"The new end {IsoDates.Format(newEnd)} passes {IsoDates.Format(cap)}, 24 months from the first start, and no extension is given.",
            CddiExtension.Training => renewal.TrainingEnd switch
            {
                null => "A training extension needs the training's end.",
                { } t when newEnd > t => $"A training extension goes no further than the training's end {IsoDates.Format(t)}; {IsoDates.Format(newEnd)} passes it.",
                _ => null,
            },
            CddiExtension.Senior => SeniorRefusal(renewal, newEnd, person, parameters),
            CddiExtension.Rqth => !rqth
                ? "An RQTH extension needs the person to be a recognised disabled worker."
                : PastMonths(newEnd, ContractParameters.CddiRqthMaxMonths, parameters),
            CddiExtension.ParticularDifficulties => ParticularDifficultiesRefusal(newEnd, parameters),
            _ => throw new ArgumentOutOfRangeException(nameof(renewal), renewal.Extension, "Unknown extension."),
        };
        return refusal is null
            ? []
            : [RuleCodes.CddiMaxDuration.Violation(refusal, ("contract", Id.Value), ("newEnd", newEnd), ("extension", renewal.Extension))];
    }

    /// <summary>Renews the term to <see cref="CddiRenewal.NewEnd"/> (see <see cref="CanRenew"/>).</summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION, CDDI-MAX-DURATION or CDDI-OVERLAP; nothing changes.</exception>
    public void Renew(CddiRenewal renewal, PersonProfile person, bool rqth, IEnumerable<CddiContract> personContracts, LegalParameters parameters)
    {
        RuleViolationException.ThrowIfAny(CanRenew(renewal, person, rqth, personContracts, parameters));
        // Stryker disable once Statement : Renew is an internal transition (no state change) and CanRenew has checked the state
        CddiLifecycle.Fire(this, CddiTrigger.Renew);
        _renewals.Add(new CddiRenewalRecord(End, renewal.NewEnd, renewal.NewEnd > CapEnd(parameters) ? renewal.Extension : null));
        End = renewal.NewEnd;
    }

    /// <summary>Query twin of <see cref="Suspend"/>.</summary>
    public IReadOnlyList<RuleViolation> CanSuspend(DateOnly on, CddiSuspensionReason reason)
    {
        if ((uint)reason > (uint)CddiSuspensionReason.TrialElsewhere)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown suspension reason.");
        }
        var from = _suspensions.Count > 0 && _suspensions[^1].ResumedOn is { } resumed ? resumed : Start;
        return One(CheckTransition(CddiTrigger.Suspend) ?? CheckDay(CddiTrigger.Suspend, on, from));
    }

    /// <summary>
    /// Suspends the contract from <paramref name="on"/> at the employee's request (C. trav.
    /// L5132-15-2): Trial or Active → Suspended. The term does not move.
    /// </summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION; nothing changes.</exception>
    public void Suspend(DateOnly on, CddiSuspensionReason reason)
    {
        RuleViolationException.ThrowIfAny(CanSuspend(on, reason));
        var duringTrial = State == CddiState.Trial;
        CddiLifecycle.Fire(this, CddiTrigger.Suspend);
        SuspendedDuringTrial = duringTrial;
        _suspensions.Add(new CddiSuspension(on, reason, null));
    }

    /// <summary>Query twin of <see cref="Resume"/>.</summary>
    public IReadOnlyList<RuleViolation> CanResume(DateOnly on) =>
        One(CheckTransition(CddiTrigger.Resume) ?? CheckDay(CddiTrigger.Resume, on, _suspensions[^1].From)); // Resume is permitted only while suspended: a suspension is open

    /// <summary>The contract resumes on <paramref name="on"/>: back to the state it was suspended from. The term does not move.</summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION; nothing changes.</exception>
    public void Resume(DateOnly on)
    {
        RuleViolationException.ThrowIfAny(CanResume(on));
        CddiLifecycle.Fire(this, CddiTrigger.Resume);
        _suspensions[^1] = _suspensions[^1] with { ResumedOn = on };
    }

    /// <summary>
    /// Query twin of <see cref="Terminate"/>: CDDI-INVALID-TRANSITION on an ended contract, then
    /// CDDI-EARLY-END-NOT-ALLOWED for a reason the law does not allow (C. trav. L1243-1, L1243-2,
    /// L5132-15-2): qualifying training, employer's decision, resignation, or a CDD ≥ 6 months hire
    /// outside a suspension.
    /// </summary>
    public IReadOnlyList<RuleViolation> CanTerminate(DateOnly on, CddiTerminationReason reason)
    {
        Guard.Against.EnumOutOfRange(reason);
        var trigger = TerminationTrigger(reason);
        if (State == CddiState.Ended)
        {
            return [InvalidTransition(trigger)];
        }
        var notAllowed = reason switch
        {
            CddiTerminationReason.QualifyingTraining => "Leaving for a qualifying training is not a unilateral right under a CDDI (C. trav. L5134-28 is the CUI's rule): record it as a mutual agreement.",
            CddiTerminationReason.EmployerDecision => "An employer ends a CDDI early only for serious misconduct, force majeure or unfitness (C. trav. L1243-1).",
            CddiTerminationReason.Resignation => "An employee ends a CDDI early only on a CDI hire, or when hired at the end of a suspension (C. trav. L1243-2, L5132-15-2).",
            CddiTerminationReason.FixedTermJob6Months when !CddiLifecycle.CanFire(this, trigger) =>
                "A hire on a CDD of at least 6 months ends a CDDI only at the end of a suspension for a trial elsewhere (C. trav. L5132-15-2).",
            _ => null,
        };
        if (notAllowed is not null)
        {
            return [RuleCodes.CddiEarlyEndNotAllowed.Violation(notAllowed, ("contract", Id.Value), ("reason", reason), ("state", State))];
        }
        // The state permits the trigger here: Ended is refused above, and EndAfterSuspension outside a suspension too.
        return One(CheckDay(trigger, on, Start));
    }

    private static CddiTrigger TerminationTrigger(CddiTerminationReason reason) =>
        reason == CddiTerminationReason.FixedTermJob6Months ? CddiTrigger.EndAfterSuspension : CddiTrigger.EndEarly;

    /// <summary>Ends the contract early on <paramref name="on"/> (its last day) for an allowed reason.</summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION or CDDI-EARLY-END-NOT-ALLOWED; nothing changes.</exception>
    public void Terminate(DateOnly on, CddiTerminationReason reason)
    {
        RuleViolationException.ThrowIfAny(CanTerminate(on, reason));
        CddiLifecycle.Fire(this, TerminationTrigger(reason));
        EndReason = reason switch
        {
            CddiTerminationReason.PermanentJob => CddiEndReason.PermanentJob,
            CddiTerminationReason.FixedTermJob6Months => CddiEndReason.FixedTermJob6Months,
            CddiTerminationReason.SeriousMisconduct => CddiEndReason.SeriousMisconduct,
            CddiTerminationReason.ForceMajeure => CddiEndReason.ForceMajeure,
            CddiTerminationReason.Unfitness => CddiEndReason.Unfitness,
            _ => CddiEndReason.MutualAgreement,
        };
        EndedOn = on;
    }

    /// <summary>Query twin of <see cref="ChangeWeeklyHours"/>.</summary>
    public IReadOnlyList<RuleViolation> CanChangeWeeklyHours(DateOnly from, WorkMinutes hours, LegalParameters parameters)
    {
        Guard.Against.Null(parameters);
        return One(CheckTransition(CddiTrigger.ChangeWeeklyHours)
            ?? CheckDay(CddiTrigger.ChangeWeeklyHours, from, Start)
            ?? CheckHours(hours, from, parameters));
    }

    /// <summary>
    /// Sets the weekly hours from <paramref name="from"/> on (the schedule's later steps are replaced):
    /// the time may vary over the contract, always within 20 h to 35 h (C. trav. L5132-15-1).
    /// </summary>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION or CDDI-WEEKLY-HOURS; nothing changes.</exception>
    public void ChangeWeeklyHours(DateOnly from, WorkMinutes hours, LegalParameters parameters)
    {
        RuleViolationException.ThrowIfAny(CanChangeWeeklyHours(from, hours, parameters));
        // Stryker disable once Statement : ChangeWeeklyHours is an internal transition (no state change) and CanChangeWeeklyHours has checked the state
        CddiLifecycle.Fire(this, CddiTrigger.ChangeWeeklyHours);
        _hours.RemoveAll(h => h.From >= from);
        _hours.Add(new WeeklyHoursPeriod(from, hours));
    }

    /// <summary>
    /// The first day on which <see cref="Sweep"/> changes the contract: the day after the trial's
    /// end while in Trial, the day after the term while not ended, whichever comes first; null once
    /// Ended (and for a term or trial end on the last representable date, which no day passes).
    /// Computed from the state, so every command keeps it right; stored, so that
    /// <see cref="ContractsDueForSweepSpec"/> selects the contracts due on a day by one indexed date.
    /// </summary>
    public DateOnly? SweepDueOn
    {
        get
        {
            if (State == CddiState.Ended)
            {
                return null;
            }
            var term = DayAfter(End);
            return State == CddiState.Trial && DayAfter(TrialEnd) is { } trial && (term is null || trial < term) ? trial : term;
        }
    }

    private static DateOnly? DayAfter(DateOnly? day) =>
        day is { } d && d < DateOnly.MaxValue ? d.AddDays(1) : null;

    /// <summary>
    /// The daily sweep for this contract (SCENARIOS.md, "Time"): a contract whose end is before
    /// <paramref name="today"/> becomes Ended (Term); otherwise a Trial whose trial end is before it
    /// becomes Active. Idempotent. Returns whether anything changed: true exactly when
    /// <see cref="SweepDueOn"/> is on or before <paramref name="today"/>.
    /// </summary>
    public bool Sweep(DateOnly today)
    {
        if (State == CddiState.Ended)
        {
            return false;
        }
        if (End < today)
        {
            CddiLifecycle.Fire(this, CddiTrigger.TermReached);
            EndReason = CddiEndReason.Term;
            EndedOn = End;
            return true;
        }
        if (State == CddiState.Trial && TrialEnd < today)
        {
            CddiLifecycle.Fire(this, CddiTrigger.TrialElapsed);
            return true;
        }
        return false;
    }

    private string? SeniorRefusal(CddiRenewal renewal, DateOnly newEnd, PersonProfile person, LegalParameters parameters)
    {
        var on = renewal.AgeOn ?? End.AddDays(1);
        var minAge = parameters.ValueOn(ContractParameters.CddiSeniorMinAge, on);
        var age = person.AgeOn(on);
        return age < minAge
            ? $"A senior extension needs the person aged {minAge} or over on {IsoDates.Format(on)}; the person is {age}."
            : PastMonths(newEnd, ContractParameters.CddiSeniorMaxMonths, parameters);
    }

    private string? ParticularDifficultiesRefusal(DateOnly newEnd, LegalParameters parameters)
    {
        var months = parameters.ValueOn(ContractParameters.CddiParticularDifficultiesRenewalMonths, End.AddDays(1));
        var latest = LegalDates.MonthsAfter(End, months);
        return newEnd > latest
            ? $"A particular-difficulties renewal lasts at most {months} months: the new end may not pass {IsoDates.Format(latest)}."
            : PastMonths(newEnd, ContractParameters.CddiParticularDifficultiesMaxMonths, parameters);
    }

    private string? PastMonths(DateOnly newEnd, ParameterKey<int> key, LegalParameters parameters)
    {
        var months = parameters.ValueOn(key, Start);
        var limit = LegalDates.MonthsEnd(Start, months);
        return newEnd > limit
            ? $"The new end {IsoDates.Format(newEnd)} passes {IsoDates.Format(limit)}, {months} months from the first start."
            : null;
    }
}
