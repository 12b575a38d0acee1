using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// A CDDI (contrat à durée déterminée d'insertion, C. trav. L5132-15-1): hire with the legal trial,
/// trial confirmed or broken, renewals within 24 months (beyond only by a listed extension),
/// suspensions at the employee's request, early ends for listed reasons, and the term reached by
/// the daily sweep. Every command has a query twin (<c>CanX</c>) returning the violations without
/// throwing; a command is its twin, then <see cref="RuleViolationException.ThrowIfAny"/>, then the
/// change, so a refused command leaves the contract exactly as it was. State changes go through
/// the one lifecycle definition, <see cref="CddiLifecycle"/>.
/// Each scope works on its own copy; the store serialises writers (a stale save fails with
/// <see cref="ConcurrencyConflictException"/>).
/// </summary>
public sealed partial class CddiContract : IAggregateRoot
{
    private readonly List<WeeklyHoursPeriod> _hours = [];
    private readonly List<CddiSuspension> _suspensions = [];
    private readonly List<CddiRenewalRecord> _renewals = [];

    private CddiContract(CddiHireRequest request, PassId pass, DateOnly? trialEnd)
    {
        Id = request.Contract;
        Person = request.Person;
        Workshop = request.Workshop;
        Pass = pass;
        Start = request.Start;
        InitialEnd = request.End;
        End = request.End;
        TrialEnd = trialEnd;
        State = trialEnd is null ? CddiState.Active : CddiState.Trial;
        _hours.Add(new WeeklyHoursPeriod(request.Start, request.WeeklyHours));
    }

    /// <summary>The contract's id.</summary>
    public ContractId Id { get; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The employee.</summary>
    public PersonId Person { get; }

    /// <summary>The workshop.</summary>
    public WorkshopId Workshop { get; }

    /// <summary>The PASS IAE the hire used.</summary>
    public PassId Pass { get; }

    /// <summary>First day (the "first start" the caps count from).</summary>
    public DateOnly Start { get; }

    /// <summary>The term as hired, before renewals.</summary>
    public DateOnly InitialEnd { get; }

    /// <summary>The term: the last day, renewals included. An early end does not change it (see <see cref="EndedOn"/>).</summary>
    public DateOnly End { get; private set; }

    /// <summary>The trial's last day, or null when hired without a trial.</summary>
    public DateOnly? TrialEnd { get; }

    /// <summary>The current state.</summary>
    public CddiState State { get; private set; }

    /// <summary>Why it ended, once <see cref="CddiState.Ended"/>.</summary>
    public CddiEndReason? EndReason { get; private set; }

    /// <summary>The last day of the contract once ended (the term, or the day of an early end).</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The day the trial was confirmed, if it was.</summary>
    public DateOnly? TrialConfirmedOn { get; private set; }

    /// <summary>Whether the current (or last) suspension began during the trial.</summary>
    public bool SuspendedDuringTrial { get; private set; }

    /// <summary>The weekly-hours schedule, by first day.</summary>
    public IReadOnlyList<WeeklyHoursPeriod> WeeklyHoursSchedule => _hours;

    /// <summary>The suspensions, in order.</summary>
    public IReadOnlyList<CddiSuspension> Suspensions => _suspensions;

    /// <summary>The renewals, in order.</summary>
    public IReadOnlyList<CddiRenewalRecord> Renewals => _renewals;

    /// <summary>[start, end] of the contract.</summary>
    public DateRange Period => new(Start, End);

    /// <summary>Whether the contract is in Trial or Active and [start, end] holds <paramref name="day"/>: the person works under it that day.</summary>
    public bool IsWorkingOn(DateOnly day) => State is CddiState.Trial or CddiState.Active && Start <= day && day <= End;

    /// <summary>
    /// Whether the contract was (or is) in Trial or Active on <paramref name="day"/>, read from its
    /// history rather than its current state: started, not past its last day (the term, or the day
    /// of an early end), and not inside a suspension (from its first day to the day before it
    /// resumed; still open when not resumed). A day in the future of the history answers as the
    /// contract stands now. This is the state the TIG weekly cap counts paid hours by
    /// (SCENARIOS.md, <c>logTig</c>: "the person's CDDI in Trial or Active on <c>on</c>"), so hours
    /// logged late are checked against the contract as it was that day.
    /// </summary>
    public bool WasWorkingOn(DateOnly day)
    {
        if (day < Start || day > (EndedOn ?? End))
        {
            return false;
        }
        foreach (var s in _suspensions)
        {
            if (s.From <= day && (s.ResumedOn is not { } resumed || day < resumed))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Weekly hours in force on <paramref name="day"/> (the schedule's step holding it), or null before the start.</summary>
    public WorkMinutes? WeeklyHoursOn(DateOnly day)
    {
        for (var i = _hours.Count - 1; i >= 0; i--)
        {
            if (_hours[i].From <= day)
            {
                return _hours[i].Hours;
            }
        }
        return null;
    }

    /// <summary>The end reached by <paramref name="months"/> months date à date from the day after the current end (a renewal).</summary>
    public DateOnly EndAfterMonths(int months) => LegalDates.MonthsAfter(End, months);

    /// <summary>The end of 24 months date à date from the first start: the cap without extension (L5132-15-1).</summary>
    public DateOnly CapEnd(LegalParameters parameters) =>
        LegalDates.MonthsEnd(Start, Guard.Against.Null(parameters).ValueOn(ContractParameters.CddiMaxMonths, Start));

    /// <summary>The triggers the current state permits (see <see cref="CddiLifecycle"/>).</summary>
    public IReadOnlyList<CddiTrigger> PermittedTriggers => CddiLifecycle.PermittedTriggers(this);

    /// <summary>Why <paramref name="trigger"/> is not permitted now (empty when it is): the state, and any unmet guard.</summary>
    public IReadOnlyList<RuleViolation> WhyNot(CddiTrigger trigger) => CddiLifecycle.WhyNot(this, trigger);

    internal void SetState(CddiState state) => State = state;

    private RuleViolation InvalidTransition(CddiTrigger trigger) =>
        RuleCodes.CddiInvalidTransition.Violation(
            $"{trigger} is not possible from the state {State}.",
            ("contract", Id.Value), ("state", State), ("trigger", trigger));

    private RuleViolation? CheckTransition(CddiTrigger trigger) =>
        CddiLifecycle.CanFire(this, trigger) ? null : InvalidTransition(trigger);

    private RuleViolation? CheckDay(CddiTrigger trigger, DateOnly on, DateOnly from) =>
        on < from || on > End
            ? RuleCodes.CddiInvalidTransition.Violation(
                $"{trigger} on {IsoDates.Format(on)} is outside the contract's days from {IsoDates.Format(from)} to {IsoDates.Format(End)}.",
                ("contract", Id.Value), ("on", on))
            : null;

    private static IReadOnlyList<RuleViolation> One(RuleViolation? violation) => violation is null ? [] : [violation];
}
