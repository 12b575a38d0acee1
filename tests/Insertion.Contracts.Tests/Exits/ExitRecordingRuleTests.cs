using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Exits;

/// <summary>
/// Recording where the person went when the contract ended (SCENARIOS.md, <c>exit</c>; DOMAIN.md §2,
/// "Exits"): only an Ended contract has an exit (<c>EXIT-CONTRACT-NOT-ENDED</c> in Trial, Active and
/// Suspended), its workshop and last day are the contract's own (the term, or the day of an early
/// end), and the exits of a year are reported per workshop.
/// </summary>
public sealed class ExitRecordingRuleTests
{
    private static readonly ContractId C1 = new("c1");
    private static readonly ContractId C2 = new("c2");

    private static async Task AssertNotEndedAsync(ExitService exits, ContractId contract, CddiState state)
    {
        var v = Assert.Single(await exits.CanRecordAsync(contract, ExitSituation.Training));
        Assert.Equal("EXIT-CONTRACT-NOT-ENDED", v.Code);
        Assert.Equal("c1", v.Values["contract"]);
        Assert.Equal(state, v.Values["state"]);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => exits.RecordAsync(contract, ExitSituation.Training));
        Assert.Equal("EXIT-CONTRACT-NOT-ENDED", ex.Violation.Code);
        Assert.Null(await exits.FindAsync(contract));
    }

    [Fact]
    public async Task EXIT_CONTRACT_NOT_ENDED_in_Trial_Active_and_Suspended()
    {
        using var host = new TestHost();
        await host.HireAsync("c1", "p1", "2026-01-05");
        var exits = host.GetRequiredService<ExitService>();
        var cddi = host.GetRequiredService<CddiService>();
        await AssertNotEndedAsync(exits, C1, CddiState.Trial);
        await cddi.ConfirmTrialAsync(C1, D("2026-01-10"));
        await AssertNotEndedAsync(exits, C1, CddiState.Active);
        await cddi.SuspendAsync(C1, D("2026-02-02"), CddiSuspensionReason.TrialElsewhere);
        await AssertNotEndedAsync(exits, C1, CddiState.Suspended);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => exits.CanRecordAsync(C2, ExitSituation.Training));
    }

    [Fact]
    public async Task An_exit_at_the_term_is_dated_on_the_term_day_and_counts_in_that_year()
    {
        using var host = new TestHost();
        await host.HireAsync("c1", "p1", "2026-09-01", months: 4); // last day 2026-12-31
        await host.GetRequiredService<IEnumerable<IDailySweep>>().Single().RunAsync(D("2027-01-01"));
        var exits = host.GetRequiredService<ExitService>();
        Assert.Empty(await exits.CanRecordAsync(C1, ExitSituation.SubsidisedContract));
        Assert.Equal(RecordOutcome.Recorded, await exits.RecordAsync(C1, ExitSituation.SubsidisedContract));
        var stored = (await exits.FindAsync(C1))!;
        Assert.Equal((D("2026-12-31"), ExitCategory.TransitionalEmployment), (stored.End, stored.Category));
        Assert.Equal(1, (await exits.ReportAsync(2026)).Total.Transitional);
        Assert.Equal(0, (await exits.ReportAsync(2027)).Total.Exits);
        Assert.Single(await exits.ListInYearAsync(2026));
        Assert.Empty(await exits.ListInYearAsync(2027));
    }

    [Fact]
    public async Task An_exit_after_a_failed_trial_is_dated_on_the_day_it_ended()
    {
        using var host = new TestHost();
        await host.HireAsync("c1", "p1", "2026-01-05");
        await host.GetRequiredService<CddiService>().FailTrialAsync(C1, D("2026-01-09"));
        var exits = host.GetRequiredService<ExitService>();
        Assert.Empty(await exits.CanRecordAsync(C1, ExitSituation.NoSolution));
        await exits.RecordAsync(C1, ExitSituation.NoSolution);
        Assert.Empty(await exits.CanRecordAsync(C1, ExitSituation.NoSolution));
        var stored = (await exits.FindAsync(C1))!;
        Assert.Equal((C1, D("2026-01-09"), "ilot-gourmand"), (stored.Contract, stored.End, stored.Workshop.Value));
        var v = Assert.Single(await exits.CanRecordAsync(C1, ExitSituation.Unknown));
        Assert.Equal("EXIT-ALREADY-RECORDED", v.Code);
        Assert.Equal(ExitSituation.NoSolution, v.Values["situation"]);
        Assert.Equal(D("2026-01-09"), v.Values["end"]);
    }
}
