using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// What a contract plans to work, for the projection to year end: its [start, end] and its
/// schedule of weekly hours by period. A plain input, so that any contract source can feed it.
/// </summary>
public sealed record ContractPlan
{
    /// <summary>Creates a plan; the schedule's periods may not overlap and weekly hours may not be negative.</summary>
    public ContractPlan(ContractId contract, DateRange period, IReadOnlyList<PlannedWeeklyHours> schedule)
    {
        Guard.Against.NullOrWhiteSpace(contract.Value, nameof(contract));
        Guard.Against.Null(schedule);
        var ordered = schedule.OrderBy(s => s.Period.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Weekly.Minutes < 0)
            {
                throw new ArgumentException($"Weekly hours of {ordered[i].Period} are negative.", nameof(schedule));
            }
            if (i > 0 && ordered[i - 1].Period.Overlaps(ordered[i].Period))
            {
                throw new ArgumentException($"Schedule periods {ordered[i - 1].Period} and {ordered[i].Period} overlap.", nameof(schedule));
            }
        }
        Contract = contract;
        Period = period;
        Schedule = ordered;
    }

    /// <summary>A plan with the same weekly hours over the whole contract.</summary>
    public static ContractPlan Constant(ContractId contract, DateRange period, WorkMinutes weekly) =>
        new(contract, period, [new PlannedWeeklyHours(period, weekly)]);

    /// <summary>
    /// The plan of a CDDI: its [start, last day] and its weekly-hours schedule, each period running
    /// until the day before the next change.
    /// </summary>
    public static ContractPlan For(CddiContract contract)
    {
        Guard.Against.Null(contract);
        var last = contract.EndedOn ?? contract.End;
        var changes = contract.WeeklyHoursSchedule.Where(h => h.From <= last).OrderBy(h => h.From).ToList();
        var schedule = changes.Select((h, i) => new PlannedWeeklyHours(
            new DateRange(h.From, i + 1 < changes.Count ? changes[i + 1].From.AddDays(-1) : last), h.Hours)).ToList();
        return new ContractPlan(contract.Id, new DateRange(contract.Start, last), schedule);
    }

    /// <summary>The contract.</summary>
    public ContractId Contract { get; }

    /// <summary>The contract's [start, end]; planned hours outside it do not count.</summary>
    public DateRange Period { get; }

    /// <summary>The weekly hours by period, ordered by start.</summary>
    public IReadOnlyList<PlannedWeeklyHours> Schedule { get; }
}
