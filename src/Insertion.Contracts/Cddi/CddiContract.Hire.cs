using Ardalis.GuardClauses;

namespace Insertion.Contracts;

public sealed partial class CddiContract
{
    /// <summary>
    /// The last day of the legal maximum trial (C. trav. L1242-10) of a contract on [start, end]:
    /// one day per full week of that length, at most 14 days when it lasts 6 months or less (date à
    /// date), at most 1 month date à date otherwise. The day before the start when that is no day.
    /// </summary>
    public static DateOnly LegalTrialEnd(DateOnly start, DateOnly end, LegalParameters parameters)
    {
        Guard.Against.Null(parameters);
        var length = LegalDates.DaysBetween(start, end) + 1;
        var days = Math.Max(0, length / 7) * parameters.ValueOn(ContractParameters.CddiTrialDaysPerWeek, start);
        var byWeeks = start.AddDays(days - 1);
        var shortContract = end <= LegalDates.MonthsEnd(start, parameters.ValueOn(ContractParameters.CddiTrialShortContractMonths, start));
        var cap = shortContract
            ? start.AddDays(parameters.ValueOn(ContractParameters.CddiTrialShortMaxDays, start) - 1)
            : LegalDates.MonthsEnd(start, parameters.ValueOn(ContractParameters.CddiTrialLongMaxMonths, start));
        // Stryker disable once Equality : on equal days both branches give the same day
        return byWeeks < cap ? byWeeks : cap;
    }

    /// <summary>
    /// Query twin of <see cref="Hire"/>: the first violation, in the order of SCENARIOS.md —
    /// PASS-IAE-MISSING, CDDI-MIN-DURATION (unless the sentence-adjustment derogation),
    /// CDDI-WEEKLY-HOURS, CDDI-TRIAL-TOO-LONG, CDDI-OVERLAP.
    /// </summary>
    /// <param name="request">The hire.</param>
    /// <param name="passes">The person's PASS IAE.</param>
    /// <param name="personContracts">The person's other CDDI.</param>
    /// <param name="parameters">The dated parameters.</param>
    public static IReadOnlyList<RuleViolation> CanHire(CddiHireRequest request, IEnumerable<PassIae> passes, IEnumerable<CddiContract> personContracts, LegalParameters parameters)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(passes);
        Guard.Against.Null(personContracts);
        Guard.Against.Null(parameters);
        if (request.TrialDays is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "Trial days cannot be negative.");
        }
        var start = request.Start;
        if (FindPass(request, passes) is null)
        {
            return [RuleCodes.PassIaeMissing.Violation(
                $"The person has no PASS IAE whose dates hold the start {IsoDates.Format(start)}.",
                ("person", request.Person.Value), ("start", start))];
        }
        var minMonths = parameters.ValueOn(ContractParameters.CddiMinMonths, start);
        var minEnd = LegalDates.MonthsEnd(start, minMonths);
        if (request.End < start || (request.End < minEnd && !request.SentenceAdjustment))
        {
            return [RuleCodes.CddiMinDuration.Violation(
                $"The contract ends on {IsoDates.Format(request.End)}, before {IsoDates.Format(minEnd)} ({minMonths} months from {IsoDates.Format(start)}).",
                ("end", request.End), ("minimumEnd", minEnd))];
        }
        if (CheckHours(request.WeeklyHours, start, parameters) is { } hours)
        {
            return [hours];
        }
        var legalTrialEnd = LegalTrialEnd(start, request.End, parameters);
        if (request.TrialDays is { } trialDays && start.AddDays(trialDays - 1) > legalTrialEnd)
        {
            var legalDays = LegalDates.DaysBetween(start, legalTrialEnd) + 1;
            return [RuleCodes.CddiTrialTooLong.Violation(
                $"A trial of {trialDays} days is longer than the legal maximum of {legalDays} days (ending {IsoDates.Format(legalTrialEnd)}).",
                ("trialDays", trialDays), ("legalMaximumDays", legalDays))];
        }
        var period = new DateRange(start, request.End);
        foreach (var other in personContracts)
        {
            if (other.Person == request.Person && other.Id != request.Contract && other.State != CddiState.Ended && other.Period.Overlaps(period))
            {
                return [RuleCodes.CddiOverlap.Violation(
                    $"The person's contract {other.Id} ({other.Period}) shares days with the new one ({period}).",
                    ("other", other.Id.Value))];
            }
        }
        return [];
    }

    /// <summary>
    /// Hires on a CDDI. The trial is <see cref="CddiHireRequest.TrialDays"/> days (ending on
    /// start + N − 1), or the legal maximum; none leaves the contract Active at once. The PASS used is
    /// the person's first whose dates hold the start; a suspension of it with a current reason that
    /// holds the start is cut (DOMAIN.md §6): the caller saves both aggregates.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanHire"/>; nothing changes.</exception>
    public static CddiContract Hire(CddiHireRequest request, IEnumerable<PassIae> passes, IEnumerable<CddiContract> personContracts, LegalParameters parameters)
    {
        var passList = passes?.ToList() ?? throw new ArgumentNullException(nameof(passes));
        RuleViolationException.ThrowIfAny(CanHire(request, passList, personContracts, parameters));
        var pass = FindPass(request, passList)!;
        var trialEnd = request.TrialDays switch
        {
            0 => (DateOnly?)null,
            { } n => request.Start.AddDays(n - 1),
            null => LegalTrialEnd(request.Start, request.End, parameters),
        };
        if (trialEnd < request.Start)
        {
            trialEnd = null;
        }
        pass.RecordHire(request.Start);
        return new CddiContract(request, pass.Id, trialEnd);
    }

    private static PassIae? FindPass(CddiHireRequest request, IEnumerable<PassIae> passes)
    {
        foreach (var pass in passes)
        {
            if (pass.Person == request.Person && pass.CoversHireOn(request.Start))
            {
                return pass;
            }
        }
        return null;
    }

    private static RuleViolation? CheckHours(WorkMinutes hours, DateOnly on, LegalParameters parameters)
    {
        var min = parameters.ValueOn(ContractParameters.CddiMinWeeklyHours, on);
        var max = parameters.ValueOn(ContractParameters.CddiMaxWeeklyHours, on);
        return hours < min || hours > max
            ? RuleCodes.CddiWeeklyHours.Violation(
                $"A weekly working time of {hours} is outside {min} to {max}.",
                ("weeklyHours", hours), ("minimum", min), ("maximum", max))
            : null;
    }
}
