using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// Invariants over the contract's days (FsCheck): no command dated outside the contract's days
/// changes it, and every command's query twin agrees with the command (DESIGN.md "Rule errors are
/// data": a command is its twin, then the change).
/// </summary>
public class CddiDayProperties
{
    private static readonly LegalParameters P = Parameters();

    private static int Pick(int value, int modulo) => (int)((uint)value % (uint)modulo);

    /// <summary>A contract of 4 to 24 months from 2026-01-05, in any state a few commands on its own days lead to.</summary>
    private static CddiContract Contract(int months, int trial, int path)
    {
        var request = new CddiHireRequest(new ContractId("c1"), new PersonId("p1"), new WorkshopId("w"), D("2026-01-05"),
            LegalDates.MonthsEnd(D("2026-01-05"), 4 + Pick(months, 21)), WorkMinutes.FromHours(26), Pick(trial, 2) == 0 ? null : 0, false);
        var c = CddiContract.Hire(request, [Pass()], [], P);
        var mid = c.Start.AddDays((c.End.DayNumber - c.Start.DayNumber) / 2);
        switch (Pick(path, 4))
        {
            case 1: c.Suspend(mid, CddiSuspensionReason.Pmsmp); break;
            case 2: c.Suspend(mid, CddiSuspensionReason.TrialElsewhere); c.Resume(mid.AddDays(3)); break;
            case 3: if (c.State == CddiState.Trial) { c.ConfirmTrial(c.Start.AddDays(2)); } break;
        }
        return c;
    }

    private static (Action Command, Func<IReadOnlyList<RuleViolation>> Twin) Command(CddiContract c, int op, DateOnly day) => Pick(op, 7) switch
    {
        0 => (() => c.ConfirmTrial(day), () => c.CanConfirmTrial(day)),
        1 => (() => c.FailTrial(day), () => c.CanFailTrial(day)),
        2 => (() => c.Suspend(day, CddiSuspensionReason.InsertionAction), () => c.CanSuspend(day, CddiSuspensionReason.InsertionAction)),
        3 => (() => c.Resume(day), () => c.CanResume(day)),
        4 => (() => c.Terminate(day, CddiTerminationReason.PermanentJob), () => c.CanTerminate(day, CddiTerminationReason.PermanentJob)),
        5 => (() => c.Terminate(day, CddiTerminationReason.FixedTermJob6Months), () => c.CanTerminate(day, CddiTerminationReason.FixedTermJob6Months)),
        _ => (() => c.ChangeWeeklyHours(day, WorkMinutes.FromHours(30), P), () => c.CanChangeWeeklyHours(day, WorkMinutes.FromHours(30), P)),
    };

    [Property(MaxTest = 500)]
    public bool No_command_dated_outside_the_contracts_days_changes_it(int months, int trial, int path, int op, PositiveInt distance, bool after)
    {
        var c = Contract(months, trial, path);
        var day = after ? c.End.AddDays(1 + Pick(distance.Get, 400)) : c.Start.AddDays(-1 - Pick(distance.Get, 400));
        var before = Snapshot(c);
        var (command, twin) = Command(c, op, day);
        var asked = twin();
        var refused = Assert.Throws<RuleViolationException>(command).Violation;
        return asked.Count == 1 && asked[0].Code == refused.Code && Snapshot(c) == before
            && refused.Code is "CDDI-INVALID-TRANSITION" or "CDDI-EARLY-END-NOT-ALLOWED";
    }

    [Property(MaxTest = 500)]
    public bool Every_command_does_what_its_query_twin_says(int months, int trial, int path, int op, int offset)
    {
        var c = Contract(months, trial, path);
        var day = c.Start.AddDays(Pick(offset, c.End.DayNumber - c.Start.DayNumber + 41) - 20);
        var before = Snapshot(c);
        var (command, twin) = Command(c, op, day);
        var asked = twin();
        try
        {
            command();
            return asked.Count == 0;
        }
        catch (RuleViolationException e)
        {
            return asked.Count > 0 && asked[0].Code == e.Violation.Code && Snapshot(c) == before;
        }
    }
}
