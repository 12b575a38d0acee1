using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Exits;

/// <summary>
/// One exit per Ended contract, with the contract's own workshop and last day (SCENARIOS.md,
/// <c>exit</c>; exit reporting of IAE structures), and the exit rates per workshop and year.
/// </summary>
public sealed class ContractExitsTests
{
    private static readonly WorkshopId Kitchen = new("ilot-gourmand");
    private static readonly WorkshopId Garage = new("auto-bleue");

    private static ContractExit Exit(string contract, WorkshopId workshop, int year, ExitSituation situation) =>
        new(new ContractId(contract), workshop, new DateOnly(year, 6, 30), situation);

    [Fact]
    public async Task EXIT_CONTRACT_NOT_ENDED_an_exit_needs_an_ended_contract()
    {
        using var host = new TestHost();
        await host.HireAsync("c1", "p1", "2026-01-05");
        var exits = host.GetRequiredService<ExitService>();
        var c1 = new ContractId("c1");
        Assert.Equal("EXIT-CONTRACT-NOT-ENDED", Assert.Single(await exits.CanRecordAsync(c1, ExitSituation.PermanentJob)).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => exits.RecordAsync(c1, ExitSituation.PermanentJob));
        Assert.Equal("EXIT-CONTRACT-NOT-ENDED", ex.Violation.Code);
        Assert.Null(await exits.FindAsync(c1));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => exits.RecordAsync(new ContractId("nope"), ExitSituation.PermanentJob));
    }

    [Fact]
    public async Task EXIT_ALREADY_RECORDED_one_exit_per_contract_with_the_contracts_workshop_and_last_day()
    {
        using var host = new TestHost();
        await host.HireAsync("c1", "p1", "2026-01-05");
        var c1 = new ContractId("c1");
        await host.GetRequiredService<CddiService>().TerminateAsync(c1, D("2026-03-20"), CddiTerminationReason.PermanentJob);
        var exits = host.GetRequiredService<ExitService>();
        Assert.Equal(RecordOutcome.Recorded, await exits.RecordAsync(c1, ExitSituation.PermanentJob));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await exits.RecordAsync(c1, ExitSituation.PermanentJob));
        Assert.Equal("EXIT-ALREADY-RECORDED", Assert.Single(await exits.CanRecordAsync(c1, ExitSituation.Training)).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => exits.RecordAsync(c1, ExitSituation.Training));
        Assert.Equal("EXIT-ALREADY-RECORDED", ex.Violation.Code);
        var stored = (await exits.FindAsync(c1))!;
        Assert.Equal((ExitSituation.PermanentJob, Kitchen, D("2026-03-20")), (stored.Situation, stored.Workshop, stored.End));
        Assert.Equal(1, (await exits.ReportAsync(2026)).Total.Exits);
    }

    [Fact]
    public void Exit_rates_per_workshop_and_year_on_a_hand_computed_case()
    {
        ContractExit[] all =
        [
            Exit("k1", Kitchen, 2024, ExitSituation.PermanentJob),
            Exit("k2", Kitchen, 2024, ExitSituation.FixedTermJobUnder6Months),
            Exit("k3", Kitchen, 2024, ExitSituation.Training),
            Exit("k4", Kitchen, 2024, ExitSituation.NoSolution),
            Exit("g1", Garage, 2024, ExitSituation.BusinessCreation),
            Exit("g2", Garage, 2024, ExitSituation.Unknown),
        ];
        var report = ExitReport.Of(2024, all);
        Assert.Equal([Garage, Kitchen], report.Workshops.Select(w => w.Workshop!.Value));
        var kitchen = report.Workshops[1];
        Assert.Equal((4, 1, 1, 1, 1), (kitchen.Exits, kitchen.Durable, kitchen.Transitional, kitchen.Positive, kitchen.Other));
        Assert.Equal((0.25m, 0.25m, 0.25m, 0.25m, 0.75m, 0.5m),
            (kitchen.DurableRate, kitchen.TransitionalRate, kitchen.PositiveRate, kitchen.OtherRate, kitchen.DynamicRate, kitchen.EmploymentRate));
        var total = report.Total;
        Assert.Null(total.Workshop);
        Assert.Equal((6, 2, 1, 1, 2), (total.Exits, total.Durable, total.Transitional, total.Positive, total.Other));
        Assert.Equal(4m / 6m, total.DynamicRate);
    }

    [Fact]
    public void A_year_without_exits_reports_zero_rates()
    {
        var report = ExitReport.Of(2024, []);
        Assert.Empty(report.Workshops);
        Assert.Equal((0, 0m), (report.Total.Exits, report.Total.DynamicRate));
    }

    [Fact]
    public void Exits_by_workshop_and_year_are_a_specification()
    {
        ContractExit[] exits =
        [
            Exit("k1", Kitchen, 2024, ExitSituation.PermanentJob),
            new(new ContractId("k0"), Kitchen, new DateOnly(2024, 1, 1), ExitSituation.Training),
            new(new ContractId("k9"), Kitchen, new DateOnly(2023, 12, 31), ExitSituation.Training),
            Exit("g1", Garage, 2024, ExitSituation.BusinessCreation),
        ];
        Assert.Equal(["k0", "k1"], new ExitsByWorkshopAndYearSpec(Kitchen, 2024).Evaluate(exits).Select(e => e.Key));
        Assert.Equal(["k0", "g1", "k1"], new ExitsInYearSpec(2024).Evaluate(exits).Select(e => e.Key));
    }
}
