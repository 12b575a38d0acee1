using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// The days a CDDI was in force, read from its history (SCENARIOS.md, <c>workHours</c>: "before its
/// start, after its last day (the term, or the day of an early end), or Suspended (from a
/// <c>suspend</c>'s <c>on</c> to the day before the <c>resume</c>'s <c>on</c>; a contract ended while
/// suspended stays suspended to its last day)"). Over random histories with several suspensions,
/// <see cref="CddiContract.WasWorkingOn"/> answers exactly that, day by day, in both directions:
/// what decides whether paid hours (aide au poste, DOMAIN.md §2) can be recorded on a day.
/// </summary>
public sealed class CddiWorkedDayProperties
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>Offsets from the previous event: suspend after, resume after (0 = not resumed), …, then end early after (0 = runs to its term).</summary>
    private static Gen<int[]> Histories =>
        Gen.Choose(0, 25).ArrayOf(7);

    private static (CddiContract Contract, Func<DateOnly, bool> Model) Build(int[] steps)
    {
        var contract = Hire(months: 4, trialDays: 0); // 2026-01-05 .. 2026-05-04, Active
        var suspended = new List<(DateOnly From, DateOnly? To)>();
        var day = Start;
        DateOnly last = contract.End;
        for (var i = 0; i < 3; i++)
        {
            var from = day.AddDays(steps[2 * i] + 1);
            if (contract.CanSuspend(from, CddiSuspensionReason.Pmsmp).Count > 0)
            {
                break;
            }
            contract.Suspend(from, CddiSuspensionReason.Pmsmp);
            suspended.Add((from, null));
            day = from;
            if (steps[(2 * i) + 1] == 0)
            {
                break;
            }
            var resume = from.AddDays(steps[(2 * i) + 1] - 1);
            if (contract.CanResume(resume).Count > 0)
            {
                break;
            }
            contract.Resume(resume);
            suspended[^1] = (from, resume);
            day = resume;
        }
        if (steps[6] != 0)
        {
            var end = day.AddDays(steps[6] - 1);
            if (contract.CanTerminate(end, CddiTerminationReason.MutualAgreement).Count == 0)
            {
                contract.Terminate(end, CddiTerminationReason.MutualAgreement);
                last = end;
            }
        }
        bool Model(DateOnly d) =>
            d >= Start && d <= last && !suspended.Any(s => d >= s.From && (s.To is null || d < s.To));
        return (contract, Model);
    }

    [Property(MaxTest = 300)]
    public Property A_contract_was_working_exactly_on_its_days_outside_its_suspensions_SCENARIOS_workHours() =>
        Prop.ForAll(Histories.ToArbitrary(), steps =>
        {
            var (contract, model) = Build(steps);
            return Enumerable.Range(-3, 130).Select(o => Start.AddDays(o)).All(d => contract.WasWorkingOn(d) == model(d));
        });

    [Property(MaxTest = 200)]
    public Property Paid_hours_are_accepted_exactly_on_the_days_the_contract_was_working_HOURS_OUTSIDE_CONTRACT() =>
        Prop.ForAll(Histories.ToArbitrary(), steps =>
        {
            var (contract, model) = Build(steps);
            var ledger = new ContractHoursLedger(contract.Id);
            var max = WorkMinutes.FromHours(10);
            return Enumerable.Range(-3, 130).Select(o => Start.AddDays(o)).All(d =>
            {
                var line = new WorkedHoursLine(contract.Id, d, WorkMinutes.FromHours(7), $"k{d.DayNumber}", "cip-1");
                var violations = ledger.CanRecord(line, contract, max);
                return model(d)
                    ? violations.Count == 0 && ledger.Record(line, contract, max) == RecordOutcome.Recorded
                    : violations is [{ Code: "HOURS-OUTSIDE-CONTRACT" }];
            });
        });
}
