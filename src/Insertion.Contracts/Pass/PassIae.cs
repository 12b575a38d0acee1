using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// A PASS IAE (agrément): the right, issued after an eligibility diagnosis, to be employed in any
/// IAE structure, as the issuing service "les emplois de l'inclusion" implements it
/// (itou/approvals; DOMAIN.md §6). Its end is the issued end, moved later by its suspensions and
/// prolongations (running sums: O(1) to read). Its state on a day is computed, not stored
/// (Valid, Suspended, Expired), so the PASS has no lifecycle machine.
/// </summary>
/// <remarks>
/// "One PASS per person at a time" (a new PASS refused while one is valid or future, two years of
/// waiting after expiry) is the issuing service's rule: this library records PASS as issued and
/// does not refuse a second one; a hire uses the first PASS of the person that covers its start.
/// The service's procedural limits (a suspension not in the future nor backdated more than 365
/// days; the prolongation request window and the prescriber's acceptance) depend on the day of the
/// request and are the host's workflow.
/// Not thread-safe: a host serialises commands on one PASS.
/// </remarks>
public sealed class PassIae : IAggregateRoot
{
    private readonly List<PassSuspension> _suspensions = [];
    private readonly List<PassProlongation> _prolongations = [];
    private int _suspensionDays;
    private int _prolongationDays;

    private PassIae(PassId id, PersonId person, DateOnly start, DateOnly issuedEnd)
    {
        Id = id;
        Person = person;
        Start = start;
        IssuedEnd = issuedEnd;
    }

    /// <summary>The PASS's id.</summary>
    public PassId Id { get; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The holder.</summary>
    public PersonId Person { get; }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>The end as issued (start + 729 days by default), before suspensions and prolongations.</summary>
    public DateOnly IssuedEnd { get; }

    /// <summary>The last day, suspensions and prolongations included.</summary>
    public DateOnly End => IssuedEnd.AddDays(_suspensionDays + _prolongationDays);

    /// <summary>The suspensions, in the order recorded.</summary>
    public IReadOnlyList<PassSuspension> Suspensions => _suspensions;

    /// <summary>The prolongations, in the order granted.</summary>
    public IReadOnlyList<PassProlongation> Prolongations => _prolongations;

    /// <summary>Days added by every prolongation so far (what the reasons' total caps count).</summary>
    public int ProlongationDays => _prolongationDays;

    /// <summary>Days the suspensions moved the end.</summary>
    public int SuspensionDays => _suspensionDays;

    /// <summary>
    /// Issues a PASS. Without <paramref name="end"/> it lasts <c>PassIae.LengthDays</c> (730) days
    /// both ends included, ending on start + 729 days; with it, the issued date is imported as it is.
    /// </summary>
    public static PassIae Issue(PassId id, PersonId person, DateOnly start, DateOnly? end, LegalParameters parameters)
    {
        Guard.Against.Null(parameters);
        var issuedEnd = end ?? start.AddDays(parameters.ValueOn(ContractParameters.PassLengthDays, start) - 1);
        if (issuedEnd < start)
        {
            throw new ArgumentException($"The PASS end {IsoDates.Format(issuedEnd)} is before its start {IsoDates.Format(start)}.", nameof(end));
        }
        return new PassIae(id, person, start, issuedEnd);
    }

    /// <summary>Whether <paramref name="day"/> lies in [start, end]: the PASS is usable for a hire that day, suspended or not.</summary>
    public bool IsValidOn(DateOnly day) => Start <= day && day <= End;

    /// <summary>The suspension holding <paramref name="day"/>, or null.</summary>
    public PassSuspension? SuspensionOn(DateOnly day)
    {
        foreach (var s in _suspensions)
        {
            if (s.From <= day && day <= s.To)
            {
                return s;
            }
        }
        return null;
    }

    /// <summary>State on <paramref name="day"/>: Suspended inside a suspension, Expired after the end, Valid otherwise.</summary>
    public PassState StateOn(DateOnly day) =>
        SuspensionOn(day) is not null ? PassState.Suspended
        : day > End ? PassState.Expired
        : PassState.Valid;

    /// <summary>Query twin of <see cref="Suspend"/>: the violations, without changing anything.</summary>
    public IReadOnlyList<RuleViolation> CanSuspend(DateOnly from, DateOnly to, PassSuspensionReason reason, LegalParameters parameters)
    {
        Guard.Against.Null(parameters);
        Guard.Against.EnumOutOfRange(reason);
        if (to < from)
        {
            return [Invalid($"The suspension ends on {IsoDates.Format(to)}, before it starts on {IsoDates.Format(from)}.", from, to)];
        }
        if (from < Start || from > End)
        {
            return [Invalid($"The suspension starts on {IsoDates.Format(from)}, outside the PASS ({IsoDates.Format(Start)} to {IsoDates.Format(End)}).", from, to)];
        }
        var maxMonths = parameters.ValueOn(ContractParameters.PassSuspensionMaxMonths, from);
        var latest = LegalDates.MonthsEnd(from, maxMonths);
        if (to > latest)
        {
            return [Invalid($"The suspension ends on {IsoDates.Format(to)}, past {maxMonths} months from its start ({IsoDates.Format(latest)}).", from, to)];
        }
        var period = new DateRange(from, to);
        foreach (var s in _suspensions)
        {
            if (s.Period.Overlaps(period))
            {
                return [Invalid($"The suspension shares a day with the suspension {s.Period}.", from, to)];
            }
        }
        return [];
    }

    /// <summary>
    /// Suspends the PASS on [from, to]: the end moves later by (to − from) days, or by the inclusive
    /// length when <c>PassIae.SuspensionExtension</c> is <c>inclusive</c> (itou/approvals).
    /// </summary>
    /// <exception cref="RuleViolationException">PASS-SUSPENSION-INVALID; nothing changes.</exception>
    public PassSuspension Suspend(DateOnly from, DateOnly to, PassSuspensionReason reason, LegalParameters parameters)
    {
        RuleViolationException.ThrowIfAny(CanSuspend(from, to, reason, parameters));
        var suspension = new PassSuspension(from, to, reason, parameters.ValueOn(ContractParameters.PassSuspensionExtensionMode, from));
        _suspensions.Add(suspension);
        _suspensionDays += suspension.ExtensionDays;
        return suspension;
    }

    /// <summary>The end reached by <paramref name="months"/> months date à date from the day after the current end.</summary>
    public DateOnly EndAfterMonths(int months) => LegalDates.MonthsAfter(End, months);

    /// <summary>Query twin of <see cref="Prolong"/>: the violations, without changing anything.</summary>
    /// <param name="newEnd">The requested new end.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="person">The holder's profile (age conditions).</param>
    /// <param name="rqth">Whether the holder is a recognised disabled worker (health data, used for this check only).</param>
    /// <param name="parameters">The dated parameters.</param>
    public IReadOnlyList<RuleViolation> CanProlong(DateOnly newEnd, PassProlongationReason reason, PersonProfile person, bool rqth, LegalParameters parameters)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(parameters);
        Guard.Against.EnumOutOfRange(reason);
        var end = End;
        var checkDay = end.AddDays(1);
        var age = person.AgeOn(checkDay);
        var condition = reason switch
        {
            PassProlongationReason.Senior when age < parameters.ValueOn(ContractParameters.PassSeniorMinAge, checkDay) =>
                $"A 50-and-over prolongation needs the person aged {parameters.ValueOn(ContractParameters.PassSeniorMinAge, checkDay)} or over on {IsoDates.Format(checkDay)}; the person is {age}.",
            PassProlongationReason.SeniorCdi when age < parameters.ValueOn(ContractParameters.PassSeniorCdiMinAge, checkDay) =>
                $"A senior-CDI prolongation needs the person aged {parameters.ValueOn(ContractParameters.PassSeniorCdiMinAge, checkDay)} or over on {IsoDates.Format(checkDay)}; the person is {age}.",
            PassProlongationReason.Rqth when !rqth => "An RQTH prolongation needs the person to be a recognised disabled worker.",
            _ => null,
        };
        if (condition is not null)
        {
            return [RuleCodes.PassProlongationCondition.Violation(condition, ("reason", reason), ("on", checkDay))];
        }
        var added = LegalDates.DaysBetween(end, newEnd);
        if (added <= 0)
        {
            return [Limit($"The new end {IsoDates.Format(newEnd)} adds no day to the current end {IsoDates.Format(end)}.", reason, newEnd, added)];
        }
        var perRequest = parameters.ValueOn(reason == PassProlongationReason.SeniorCdi
            ? ContractParameters.PassSeniorCdiProlongationMaxDays
            : ContractParameters.PassProlongationMaxDays, checkDay);
        if (added > perRequest)
        {
            return [Limit($"The prolongation adds {added} days, more than the {perRequest} days one request may add.", reason, newEnd, added)];
        }
        var totalKey = reason switch
        {
            PassProlongationReason.Senior => ContractParameters.PassSeniorProlongationTotalDays,
            PassProlongationReason.Rqth => ContractParameters.PassRqthProlongationTotalDays,
            PassProlongationReason.ParticularDifficulties => ContractParameters.PassParticularDifficultiesProlongationTotalDays,
            _ => null,
        };
        if (totalKey is not null)
        {
            var cap = parameters.ValueOn(totalKey, checkDay);
            if (_prolongationDays + added > cap)
            {
                // Stryker disable once Arithmetic : only the refusal's message reads this sum (the check is on the line above)
                return [Limit($"The PASS's prolongations would add {_prolongationDays + added} days in total, past the {cap} days allowed for this reason (every earlier prolongation counts, whatever its reason).", reason, newEnd, added)];
            }
        }
        return [];
    }

    /// <summary>
    /// Prolongs the PASS to <paramref name="newEnd"/> (contiguous: the new end is the prolongation's end).
    /// The reason's condition is checked on the day after the current end, then its limits (itou/approvals).
    /// </summary>
    /// <exception cref="RuleViolationException">PASS-PROLONGATION-CONDITION or PASS-PROLONGATION-LIMIT; nothing changes.</exception>
    public PassProlongation Prolong(DateOnly newEnd, PassProlongationReason reason, PersonProfile person, bool rqth, LegalParameters parameters)
    {
        RuleViolationException.ThrowIfAny(CanProlong(newEnd, reason, person, rqth, parameters));
        var prolongation = new PassProlongation(End, newEnd, reason);
        _prolongations.Add(prolongation);
        _prolongationDays += prolongation.Days;
        return prolongation;
    }

    /// <summary>
    /// The end the PASS would have after a hire on <paramref name="hireDay"/>: a suspension with a
    /// current reason holding that day is cut (DOMAIN.md §6, "hire during a suspension").
    /// </summary>
    public DateOnly EndAfterHireOn(DateOnly hireDay)
    {
        var cut = CutFor(hireDay);
        return cut is null ? End : End.AddDays(cut.Value.NewExtension - _suspensions[cut.Value.Index].ExtensionDays);
    }

    /// <summary>Whether a hire starting on <paramref name="hireDay"/> may use this PASS: the day lies in [start, end] after the cut a hire makes.</summary>
    public bool CoversHireOn(DateOnly hireDay) => Start <= hireDay && hireDay <= EndAfterHireOn(hireDay);

    /// <summary>
    /// Records a hire on <paramref name="hireDay"/>: a suspension with a current reason holding that
    /// day ends the day before (it is removed when the hire is on its first day) and the end moves
    /// back accordingly; a suspension with a historic reason stays as it is. Called by the hiring
    /// service once the hire is accepted (a refused hire cuts nothing).
    /// </summary>
    public void RecordHire(DateOnly hireDay)
    {
        if (CutFor(hireDay) is not { } cut)
        {
            return;
        }
        var old = _suspensions[cut.Index];
        _suspensionDays += cut.NewExtension - old.ExtensionDays;
        if (hireDay == old.From)
        {
            _suspensions.RemoveAt(cut.Index);
        }
        else
        {
            _suspensions[cut.Index] = old with { To = hireDay.AddDays(-1) };
        }
    }

    private (int Index, int NewExtension)? CutFor(DateOnly hireDay)
    {
        for (var i = 0; i < _suspensions.Count; i++)
        {
            var s = _suspensions[i];
            if (s.From <= hireDay && hireDay <= s.To && s.Reason.IsCurrent())
            {
                return (i, hireDay == s.From ? 0 : (s with { To = hireDay.AddDays(-1) }).ExtensionDays);
            }
        }
        return null;
    }

    private static RuleViolation Invalid(string message, DateOnly from, DateOnly to) =>
        RuleCodes.PassSuspensionInvalid.Violation(message, ("from", from), ("to", to));

    private static RuleViolation Limit(string message, PassProlongationReason reason, DateOnly newEnd, int added) =>
        RuleCodes.PassProlongationLimit.Violation(message, ("reason", reason), ("newEnd", newEnd), ("daysAdded", added));
}
