using Insertion.Abstractions;
using Insertion.Contracts;
using Stateless;

namespace Insertion.Benchmarks.Contracts;

/// <summary>Shared data of the Contracts benchmarks.</summary>
internal static class ContractBenchData
{
    public static readonly LegalParameters Parameters = new([new ContractParameterSource()]);
    public static readonly DateOnly Base = new(2026, 1, 5);

    /// <summary>A contract hired on a valid PASS, confirmed (Active).</summary>
    public static CddiContract ActiveContract(int i, DateOnly start, int months)
    {
        var person = new PersonId("p" + i);
        var pass = PassIae.Issue(new PassId("a" + i), person, start, null, Parameters);
        var c = CddiContract.Hire(new CddiHireRequest(new ContractId("c" + i), person, new WorkshopId("w"), start,
            LegalDates.MonthsEnd(start, months), WorkMinutes.FromHours(26)), [pass], [], Parameters);
        return c;
    }

    /// <summary>A bare Stateless machine with external state, the same shape (and Resume guards) as the CDDI's, no rules.</summary>
    public sealed class BareHolder
    {
        public CddiState State = CddiState.Active;
        public bool DuringTrial { get; set; }
        public readonly StateMachine<CddiState, CddiTrigger> Machine;

        public BareHolder()
        {
            Machine = new StateMachine<CddiState, CddiTrigger>(() => State, s => State = s, FiringMode.Immediate);
            Machine.Configure(CddiState.Active).Permit(CddiTrigger.Suspend, CddiState.Suspended).Permit(CddiTrigger.EndEarly, CddiState.Ended);
            Machine.Configure(CddiState.Suspended).PermitIf(CddiTrigger.Resume, CddiState.Trial, () => DuringTrial, "during trial")
                .PermitIf(CddiTrigger.Resume, CddiState.Active, () => !DuringTrial, "after trial")
                .Permit(CddiTrigger.EndEarly, CddiState.Ended);
            Machine.Configure(CddiState.Trial);
            Machine.Configure(CddiState.Ended);
        }
    }
}
