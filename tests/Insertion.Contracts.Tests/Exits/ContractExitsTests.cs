using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Contracts.Tests.Exits;

/// <summary>One exit per ended contract, and the exit rates per workshop and year.</summary>
public sealed class ContractExitsTests
{
    private static readonly WorkshopId Kitchen = new("ilot-gourmand");
    private static readonly WorkshopId Garage = new("auto-bleue");

    private static ContractExit Exit(string contract, WorkshopId workshop, int year, ExitSituation situation) =>
        new(new ContractId(contract), workshop, new DateOnly(year, 6, 30), situation);

    private static ServiceProvider Host()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.Services.AddContractHours());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_contract_has_one_exit_and_the_same_exit_twice_is_recorded_once()
    {
        using var host = Host();
        var exits = host.GetRequiredService<ContractExits>();
        var exit = Exit("c1", Kitchen, 2024, ExitSituation.PermanentJob);
        Assert.Equal(RecordOutcome.Recorded, await exits.RecordAsync(exit));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await exits.RecordAsync(Exit("c1", Kitchen, 2024, ExitSituation.PermanentJob)));
        var other = Exit("c1", Kitchen, 2024, ExitSituation.Training);
        Assert.Equal("EXIT-ALREADY-RECORDED", Assert.Single(await exits.CanRecordAsync(other)).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => exits.RecordAsync(other));
        Assert.Equal("EXIT-ALREADY-RECORDED", ex.Violation.Code);
        Assert.Equal(ExitSituation.PermanentJob, (await exits.FindAsync(new ContractId("c1")))!.Situation);
    }

    [Fact]
    public async Task Exit_rates_per_workshop_and_year_on_a_hand_computed_case()
    {
        using var host = Host();
        var exits = host.GetRequiredService<ContractExits>();
        ExitContract[] all =
        [
            new("k1", Kitchen, 2024, ExitSituation.PermanentJob),
            new("k2", Kitchen, 2024, ExitSituation.FixedTermJobUnder6Months),
            new("k3", Kitchen, 2024, ExitSituation.Training),
            new("k4", Kitchen, 2024, ExitSituation.NoSolution),
            new("k5", Kitchen, 2025, ExitSituation.PermanentJob),
            new("g1", Garage, 2024, ExitSituation.BusinessCreation),
            new("g2", Garage, 2024, ExitSituation.Unknown),
        ];
        foreach (var e in all)
        {
            await exits.RecordAsync(Exit(e.Contract, e.Workshop, e.Year, e.Situation));
        }
        var report = await exits.ReportAsync(2024);
        Assert.Equal([Garage, Kitchen], report.Workshops.Select(w => w.Workshop!.Value));
        var kitchen = report.Workshops[1];
        Assert.Equal((4, 1, 1, 1, 1), (kitchen.Exits, kitchen.Durable, kitchen.Transitional, kitchen.Positive, kitchen.Other));
        Assert.Equal((0.25m, 0.25m, 0.25m, 0.25m, 0.75m, 0.5m),
            (kitchen.DurableRate, kitchen.TransitionalRate, kitchen.PositiveRate, kitchen.OtherRate, kitchen.DynamicRate, kitchen.EmploymentRate));
        var total = report.Total;
        Assert.Null(total.Workshop);
        Assert.Equal((6, 2, 1, 1, 2), (total.Exits, total.Durable, total.Transitional, total.Positive, total.Other));
        Assert.Equal(4m / 6m, total.DynamicRate);
        Assert.Equal(1, (await exits.ReportAsync(2025)).Total.Exits);
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

    private sealed record ExitContract(string Contract, WorkshopId Workshop, int Year, ExitSituation Situation);
}
