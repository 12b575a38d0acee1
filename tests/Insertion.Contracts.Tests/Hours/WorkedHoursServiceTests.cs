using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>The services as a host wires them: AddInsertion + AddContractHours.</summary>
public sealed class WorkedHoursServiceTests
{
    [Fact]
    public async Task Hours_recorded_through_the_service_feed_the_report()
    {
        using var host = Host(D("2024-12-31"));
        var hours = host.GetRequiredService<WorkedHours>();
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2024-03-01", 9.1m, "a")));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await hours.RecordAsync(Line(C1, "2024-03-01", 9.1m, "a")));
        await hours.RecordAsync(Line(C2, "2024-03-01", 9.1m, "a"));
        await hours.RecordAsync(Line(C2, "2024-03-02", 5, "b"));
        Assert.Equal(RecordOutcome.Recorded, await hours.ReverseAsync(new HoursReversal(C2, "b", "b-rev", "cip-1")));

        var report = await host.GetRequiredService<EtpReporting>().ReportAsync(new EtpReportRequest(StructureKind.Aci, 2024, 1m));
        Assert.Equal(WorkMinutes.FromHours(18.2m), report.Total.Worked);
        Assert.Equal(0.01m, decimal.Round(report.Total.EtpConsumed, 12));
        Assert.Equal(D("2024-12-31"), report.AsOf);

        var onlyC2 = await host.GetRequiredService<EtpReporting>().ReportAsync(new EtpReportRequest(StructureKind.Aci, 2024, 1m, Contracts: [C2]));
        Assert.Equal(WorkMinutes.FromHours(9.1m), onlyC2.Total.Worked);
    }

    [Fact]
    public async Task A_refused_first_entry_opens_no_ledger()
    {
        using var host = Host(D("2024-12-31"));
        var hours = host.GetRequiredService<WorkedHours>();
        var bad = new WorkedHoursLine(C1, D("2024-03-01"), WorkMinutes.Zero, "a", "cip-1");
        Assert.Equal("HOURS-ENTRY-INVALID", Assert.Single(await hours.CanRecordAsync(bad)).Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => hours.RecordAsync(bad));
        Assert.Null(await hours.FindAsync(C1));
        var reversal = new HoursReversal(C1, "a", "r", "cip-1");
        Assert.Equal("HOURS-REVERSAL-UNKNOWN", Assert.Single(await hours.CanReverseAsync(reversal)).Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => hours.ReverseAsync(reversal));
        Assert.Null(await hours.FindAsync(C1));
    }

    [Fact]
    public void The_aide_au_poste_parameters_are_in_the_host_table()
    {
        using var host = Host(D("2024-12-31"));
        var parameters = host.GetRequiredService<LegalParameters>();
        Assert.Equal(23_921m, parameters.ValueOn(AidePosteParameters.BaseAmount(StructureKind.Aci), D("2025-01-01")));
        Assert.Contains("AidePoste.EtpAnnualHours.EITI", parameters.Names);
    }

    [Fact]
    public void Adding_the_services_twice_registers_them_once()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.Services.AddContractHours().AddContractHours());
        Assert.Single(services, d => d.ServiceType == typeof(ILegalParameterSource) && d.ImplementationType == typeof(AidePosteParameters));
        Assert.Single(services, d => d.ServiceType == typeof(WorkedHours));
    }

    [Fact]
    public async Task Concurrent_first_entries_of_a_contract_share_one_ledger()
    {
        using var host = Host(D("2024-12-31"));
        var hours = host.GetRequiredService<WorkedHours>();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => hours.RecordAsync(Line(C1, "2024-03-01", 0.25m, $"k{i}")))));
        Assert.Equal(WorkMinutes.FromHours(12.5m), (await hours.FindAsync(C1))!.Total);
    }
}
