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
    public ContractPlan(ContractId contract, DateRange period, IReadOnlyList<WeeklyHoursPeriod> schedule)
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
        new(contract, period, [new WeeklyHoursPeriod(period, weekly)]);

    /// <summary>The contract.</summary>
    public ContractId Contract { get; }

    /// <summary>The contract's [start, end]; planned hours outside it do not count.</summary>
    public DateRange Period { get; }

    /// <summary>The weekly hours by period, ordered by start.</summary>
    public IReadOnlyList<WeeklyHoursPeriod> Schedule { get; }
}
