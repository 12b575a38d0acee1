using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>Invariants of the worked-hours ledger (DESIGN.md: a balance is the sum of its entries in any order; a replay changes nothing).</summary>
public sealed class WorkedHoursLedgerProperties
{
    private static readonly DateOnly Start = new(2026, 1, 25);

    /// <summary>Lines with distinct keys, at most 12 of at most 2 h each: no day can pass 24 h, so every line is accepted.</summary>
    private static Gen<WorkedHoursLine[]> DistinctLines =>
        from items in Gen.Zip(Gen.Choose(0, 40), Gen.Choose(1, 120)).ListOf().Select(l => l.Take(12).ToArray())
        select items.Select((x, i) => new WorkedHoursLine(C1, Start.AddDays(x.Item1), new WorkMinutes(x.Item2), $"k{i}", "cip-1")).ToArray();

    /// <summary>Operations of any kind, keys from a small pool so that replays, conflicts and bad reversals happen.</summary>
    private static Gen<object[]> Operations =>
        Gen.OneOf(
            from day in Gen.Choose(0, 5)
            from minutes in Gen.Choose(-30, 600)
            from key in Gen.Choose(0, 6)
            select (object)new WorkedHoursLine(C1, Start.AddDays(day), new WorkMinutes(minutes), $"k{key}", "cip-1"),
            from original in Gen.Choose(0, 6)
            from key in Gen.Choose(0, 9)
            select (object)new HoursReversal(C1, $"k{original}", key < 7 ? $"k{key}" : $"r{key}", "cip-1"))
        .ListOf().Select(l => l.ToArray());

    private static bool Apply(ContractHoursLedger ledger, object op)
    {
        try
        {
            _ = op switch
            {
                WorkedHoursLine l => ledger.Record(l),
                HoursReversal r => ledger.Reverse(r),
                _ => throw new InvalidOperationException(),
            };
            return true;
        }
        catch (RuleViolationException)
        {
            return false;
        }
    }

    private static bool BalancesAreFolds(ContractHoursLedger ledger)
    {
        var entries = ledger.Entries;
        return ledger.Total.Minutes == entries.Sum(e => e.Minutes.Minutes)
            && entries.GroupBy(e => e.On).All(g => ledger.OnDay(g.Key).Minutes == g.Sum(e => e.Minutes.Minutes))
            && entries.GroupBy(e => (e.On.Year, e.On.Month)).All(g => ledger.InMonth(g.Key.Year, g.Key.Month).Minutes == g.Sum(e => e.Minutes.Minutes))
            && entries.GroupBy(e => e.On.Year).All(g => ledger.InYear(g.Key).Minutes == g.Sum(e => e.Minutes.Minutes));
    }

    [Property]
    public Property The_balance_is_the_sum_of_the_entries_in_any_order() =>
        Prop.ForAll(DistinctLines.SelectMany(lines => Gen.Shuffle(lines).Select(shuffled => (lines, shuffled))).ToArbitrary(), pair =>
        {
            var a = Ledger(C1, pair.lines);
            var b = Ledger(C1, pair.shuffled);
            var sum = pair.lines.Sum(l => l.Minutes.Minutes);
            return a.Total.Minutes == sum && b.Total.Minutes == sum
                && pair.lines.All(l => a.OnDay(l.On) == b.OnDay(l.On) && a.InMonth(l.On.Year, l.On.Month) == b.InMonth(l.On.Year, l.On.Month))
                && BalancesAreFolds(a) && BalancesAreFolds(b);
        });

    [Property]
    public Property Balances_are_the_sum_of_the_accepted_entries_and_never_negative() =>
        Prop.ForAll(Operations.ToArbitrary(), ops =>
        {
            var ledger = new ContractHoursLedger(C1);
            foreach (var op in ops)
            {
                Apply(ledger, op);
            }
            var entries = ledger.Entries;
            return BalancesAreFolds(ledger)
                && entries.All(e => ledger.OnDay(e.On).Minutes is >= 0 and <= ContractHoursLedger.DayMaxMinutes)
                && entries.All(e => ledger.InMonth(e.On.Year, e.On.Month).Minutes >= 0)
                && ledger.Total.Minutes >= 0
                && entries.Where(e => e.IsReversal).All(r => entries.Single(o => o.Key == r.Reverses).Minutes == -r.Minutes)
                && entries.Where(e => e.IsReversal).GroupBy(e => e.Reverses).All(g => g.Count() == 1);
        });

    [Property]
    public Property Replaying_any_subset_twice_changes_nothing() =>
        Prop.ForAll(Operations.SelectMany(ops => Gen.SubListOf(ops).Select(sub => (ops, sub))).ToArbitrary(), pair =>
        {
            var ledger = new ContractHoursLedger(C1);
            var accepted = pair.ops.Where(op => Apply(ledger, op)).ToList();
            var before = Observe(ledger);
            var replay = pair.sub.Where(accepted.Contains).ToList();
            foreach (var op in replay.Concat(replay))
            {
                var outcome = op switch
                {
                    WorkedHoursLine l => ledger.Record(l),
                    HoursReversal r => ledger.Reverse(r),
                    _ => throw new InvalidOperationException(),
                };
                if (outcome != RecordOutcome.AlreadyRecorded)
                {
                    return false;
                }
            }
            return Observe(ledger) == before;
        });

    [Property]
    public Property A_refused_entry_changes_nothing() =>
        Prop.ForAll(Operations.ToArbitrary(), ops =>
        {
            var ledger = new ContractHoursLedger(C1);
            foreach (var op in ops)
            {
                var before = Observe(ledger);
                var violations = op switch
                {
                    WorkedHoursLine l => ledger.CanRecord(l),
                    HoursReversal r => ledger.CanReverse(r),
                    _ => throw new InvalidOperationException(),
                };
                var accepted = Apply(ledger, op);
                if (accepted == violations.Count > 0 || (!accepted && Observe(ledger) != before))
                {
                    return false;
                }
            }
            return true;
        });
}
