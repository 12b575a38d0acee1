using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>Invariants under random command sequences (FsCheck).</summary>
public class ContractPropertyTests
{
    private static readonly LegalParameters P = Parameters();
    private static readonly DateOnly Base = new(2026, 1, 1);

    private static int Pick(int value, int modulo) => (int)((uint)value % (uint)modulo);

    /// <summary>Runs a random command; returns whether it was refused, and checks that a refusal changed nothing.</summary>
    private static bool Apply(CddiContract c, int op, int a, int b, PersonProfile person, bool rqth, out bool refusedUnchanged)
    {
        var before = Snapshot(c);
        var day = c.Start.AddDays(Pick(a, 1200) - 30);
        try
        {
            switch (Pick(op, 10))
            {
                case 0 or 8 or 9:
                    var extension = Pick(b, 5) switch { 0 => (CddiExtension?)null, var k => (CddiExtension)(k - 1) };
                    var end = Pick(a, 3) switch
                    {
                        0 => c.EndAfterMonths(1 + Pick(b, 30)),
                        1 => c.End.AddDays(Pick(a, 900) - 100),
                        _ => LegalDates.MonthsEnd(c.Start, Pick(b, 3) switch { 0 => 24, 1 => 60, _ => 84 }).AddDays(Pick(a, 5) - 2),
                    };
                    c.Renew(new CddiRenewal(end, extension, Pick(b, 3) == 0 ? end.AddDays(Pick(a, 40) - 20) : null), person, rqth, [], P);
                    break;
                case 1: c.Suspend(day, (CddiSuspensionReason)Pick(b, 3)); break;
                case 2: c.Resume(day); break;
                case 3: c.ConfirmTrial(day); break;
                case 4: c.FailTrial(day); break;
                case 5: c.Terminate(day, (CddiTerminationReason)Pick(b, 9)); break;
                case 6: c.ChangeWeeklyHours(day, WorkMinutes.FromHours(15 + Pick(b, 25)), P); break;
                default: c.Sweep(day); break; // 7
            }
            refusedUnchanged = true;
            return false;
        }
        catch (RuleViolationException)
        {
            refusedUnchanged = Snapshot(c) == before;
            return true;
        }
    }

    private static bool WithinLimits(CddiContract c, bool justice)
    {
        var maxMonths = c.Renewals.Any(r => r.Extension == CddiExtension.Senior) ? 84
            : c.Renewals.Any(r => r.Extension is CddiExtension.Rqth or CddiExtension.ParticularDifficulties) ? 60
            : c.Renewals.Any(r => r.Extension == CddiExtension.Training) ? int.MaxValue
            : 24;
        var capOk = maxMonths == int.MaxValue || c.End <= LegalDates.MonthsEnd(c.Start, maxMonths);
        var minOk = justice || c.InitialEnd >= LegalDates.MonthsEnd(c.Start, 4);
        var hoursOk = c.WeeklyHoursSchedule.All(h => h.Hours >= WorkMinutes.FromHours(20) && h.Hours <= WorkMinutes.FromHours(35)
            && h.From >= c.Start && h.From <= c.End);
        var trialOk = c.TrialEnd is null || c.TrialEnd <= CddiContract.LegalTrialEnd(c.Start, c.InitialEnd, P);
        var renewalsGrow = c.Renewals.All(r => r.NewEnd > r.PreviousEnd);
        var endedOk = (c.State == CddiState.Ended) == (c.EndReason is not null);
        return capOk && minOk && hoursOk && trialOk && renewalsGrow && endedOk;
    }

    [Property(MaxTest = 2000)]
    public bool No_command_sequence_breaks_a_limit_and_refusals_change_nothing(int months, int hours, int trial, bool justice, bool rqth, int birthYear, int[] ops)
    {
        var person = new PersonProfile(new PersonId("p1"), new DateOnly(1950 + Pick(birthYear, 60), 6, 15), Sex.M);
        var request = new CddiHireRequest(new ContractId("c1"), person.Id, new WorkshopId("w"), Base,
            LegalDates.MonthsEnd(Base, 1 + Pick(months, 30)), WorkMinutes.FromHours(18 + Pick(hours, 20)),
            Pick(trial, 3) == 0 ? null : Pick(trial, 45), justice);
        var passes = new[] { PassIae.Issue(new PassId("a1"), person.Id, Base, null, P) };
        if (CddiContract.CanHire(request, passes, [], P).Count > 0)
        {
            return Code(() => CddiContract.Hire(request, passes, [], P)) is not null;
        }
        var c = CddiContract.Hire(request, passes, [], P);
        if (!WithinLimits(c, justice))
        {
            return false;
        }
        for (var i = 0; i + 2 < ops.Length; i += 3)
        {
            Apply(c, ops[i], ops[i + 1], ops[i + 2], person, rqth, out var unchanged);
            if (!unchanged || !WithinLimits(c, justice))
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 200)]
    public bool The_daily_sweep_is_idempotent(int months, int trial, int sweepDay, int[] ops)
    {
        var c = CddiContract.Hire(new CddiHireRequest(new ContractId("c1"), new PersonId("p1"), new WorkshopId("w"), Base,
            LegalDates.MonthsEnd(Base, 4 + Pick(months, 20)), WorkMinutes.FromHours(26), Pick(trial, 15)), [Pass("2026-01-01")], [], P);
        for (var i = 0; i + 2 < ops.Length; i += 3)
        {
            Apply(c, ops[i], ops[i + 1], ops[i + 2], Person(), false, out _);
        }
        var today = Base.AddDays(Pick(sweepDay, 900));
        c.Sweep(today);
        var once = Snapshot(c);
        var changedAgain = c.Sweep(today);
        return !changedAgain && Snapshot(c) == once;
    }

    [Property(MaxTest = 200)]
    public Property Pass_end_is_the_issued_end_plus_the_suspended_days_in_issuer_mode()
    {
        var gaps = Gen.Choose(0, 40);
        var lengths = Gen.Choose(1, 60);
        var plan = Gen.ListOf(Gen.Zip(gaps, lengths));
        return Prop.ForAll(plan.ToArbitrary(), steps =>
        {
            var pass = PassIae.Issue(new PassId("a1"), new PersonId("p1"), Base, null, P);
            var expected = pass.IssuedEnd;
            var from = Base;
            foreach (var (gap, length) in steps)
            {
                from = from.AddDays(gap);
                var to = from.AddDays(length - 1);
                if (pass.CanSuspend(from, to, PassSuspensionReason.BrokenContract, P).Count == 0)
                {
                    pass.Suspend(from, to, PassSuspensionReason.BrokenContract, P);
                    expected = expected.AddDays(LegalDates.DaysBetween(from, to));
                }
                from = to.AddDays(1);
            }
            return pass.End == expected;
        });
    }

    [Property(MaxTest = 200)]
    public bool Refused_prolongations_and_suspensions_change_nothing(int a, int b, int reason, bool rqth, int[] ops)
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        var person = Person(birth: "1962-03-04");
        for (var i = 0; i + 1 < ops.Length; i += 2)
        {
            var before = Snapshot(pass);
            try
            {
                if (Pick(ops[i], 2) == 0)
                {
                    pass.Prolong(pass.End.AddDays(Pick(ops[i + 1], 800) - 100), (PassProlongationReason)Pick(reason + i, 5), person, rqth, P);
                }
                else
                {
                    var from = pass.Start.AddDays(Pick(ops[i + 1], 1500) - 10);
                    pass.Suspend(from, from.AddDays(Pick(a + i, 400) - 5), (PassSuspensionReason)Pick(b + i, 11), P);
                }
            }
            catch (RuleViolationException)
            {
                if (Snapshot(pass) != before)
                {
                    return false;
                }
            }
        }
        return pass.Prolongations.All(p => p.Days is > 0 and <= 3650);
    }
}
