using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// Invariants of the ledger with the contract's checks in place (SCENARIOS.md, <c>workHours</c>):
/// no entry on a day the contract was not in force is ever accepted, the daily maximum is never
/// passed, a balance is the sum of its entries in any order, and a replay changes nothing.
/// </summary>
public sealed class ContractCheckedLedgerProperties
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly WorkMinutes DailyMax = WorkMinutes.FromHours(10);

    /// <summary>A contract's history: a suspension (start offset, resume offset or none) and an early end offset or none.</summary>
    private sealed record History(int SuspendAt, int? ResumeAfter, int? EndAt);

    private static Gen<History> Histories =>
        from suspendAt in Gen.Choose(1, 100)
        from resume in Gen.Choose(0, 30)
        from end in Gen.Choose(0, 140)
        select new History(suspendAt, resume == 0 ? null : resume, end > 118 ? null : end);

    private static Gen<(int Day, int Minutes, int Key)[]> Entries =>
        (from day in Gen.Choose(-10, 130)
         from minutes in Gen.Choose(1, 660)
         from key in Gen.Choose(0, 40)
         select (day, minutes, key)).ListOf().Select(l => l.Take(40).ToArray());

    /// <summary>Builds the contract (hired 2026-01-05 for 4 months, no trial; last day 2026-05-04) and, independently, the days it was in force.</summary>
    private static (CddiContract Contract, Func<DateOnly, bool> InForce) Build(History h)
    {
        var contract = Fixtures.Hire(months: 4, trialDays: 0);
        var suspend = Start.AddDays(h.SuspendAt);
        DateOnly? resume = null;
        DateOnly last = contract.End;
        if (suspend <= contract.End)
        {
            contract.Suspend(suspend, CddiSuspensionReason.Pmsmp);
            if (h.ResumeAfter is { } r && suspend.AddDays(r) <= contract.End)
            {
                resume = suspend.AddDays(r);
                contract.Resume(resume.Value);
            }
        }
        if (h.EndAt is { } e && Start.AddDays(e) >= (resume ?? suspend) && Start.AddDays(e) <= contract.End)
        {
            last = Start.AddDays(e);
            contract.Terminate(last, CddiTerminationReason.MutualAgreement);
        }
        var suspended = suspend <= contract.End;
        bool InForce(DateOnly d) =>
            d >= Start && d <= last && !(suspended && d >= suspend && (resume is null || d < resume));
        return (contract, InForce);
    }

    private static List<WorkedHoursLine> Lines((int Day, int Minutes, int Key)[] entries) =>
        entries.Select(e => new WorkedHoursLine(C1, Start.AddDays(e.Day), new WorkMinutes(e.Minutes), $"k{e.Key}", "cip-1")).ToList();

    private static bool TryRecord(ContractHoursLedger ledger, WorkedHoursLine line, CddiContract contract)
    {
        try
        {
            ledger.Record(line, contract, DailyMax);
            return true;
        }
        catch (RuleViolationException)
        {
            return false;
        }
    }

    [Property(MaxTest = 200)]
    public Property No_entry_on_a_day_the_contract_was_not_in_force_is_ever_accepted_HOURS_OUTSIDE_CONTRACT() =>
        Prop.ForAll(Histories.ToArbitrary(), Entries.ToArbitrary(), (h, entries) =>
        {
            var (contract, inForce) = Build(h);
            var ledger = new ContractHoursLedger(C1);
            foreach (var line in Lines(entries))
            {
                TryRecord(ledger, line, contract);
            }
            return ledger.Entries.All(e => inForce(e.On))
                && ledger.Entries.GroupBy(e => e.On).All(g => g.Sum(e => e.Minutes.Minutes) <= DailyMax.Minutes);
        });

    [Property(MaxTest = 200)]
    public Property A_replay_changes_nothing_and_the_balance_is_the_sum_in_any_order() =>
        Prop.ForAll(Histories.ToArbitrary(), Entries.ToArbitrary(), (h, entries) =>
        {
            var (contract, _) = Build(h);
            var ledger = new ContractHoursLedger(C1);
            var accepted = Lines(entries).Where(l => TryRecord(ledger, l, contract)).ToList();
            var before = Observe(ledger);
            var replays = accepted.All(l => ledger.Record(l, contract, DailyMax) == RecordOutcome.AlreadyRecorded);
            var reversed = new ContractHoursLedger(C1);
            var inOtherOrder = Enumerable.Reverse(accepted).All(l => TryRecord(reversed, l, contract));
            return replays && Observe(ledger) == before
                && inOtherOrder && reversed.Total == ledger.Total
                && ledger.Total.Minutes == accepted.Sum(l => l.Minutes.Minutes);
        });
}
