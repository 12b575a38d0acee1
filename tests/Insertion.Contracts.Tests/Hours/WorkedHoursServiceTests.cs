using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// The money-path rules through <see cref="WorkedHoursService"/> as a host wires it (SCENARIOS.md,
/// "Worked hours and exits"; DOMAIN.md §2): every entry is checked against the contract's history
/// and the daily maximum, in the documented order; a refused entry changes nothing.
/// </summary>
public sealed class WorkedHoursServiceTests
{
    private static async Task<(TestHost Host, WorkedHoursService Hours)> HiredAsync(int? trialDays = null)
    {
        var host = Host(D("2026-12-31"));
        await host.HireAsync("c1", "p1", "2026-01-05", months: 4, trialDays: trialDays); // 2026-01-05 .. 2026-05-04
        return (host, host.GetRequiredService<WorkedHoursService>());
    }

    private static async Task<string> RefusalAsync(WorkedHoursService hours, WorkedHoursLine line)
    {
        var twin = await hours.CanRecordAsync(line);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => hours.RecordAsync(line));
        Assert.Equal(twin[0].Code, ex.Violation.Code);
        return ex.Violation.Code;
    }

    [Fact]
    public async Task HOURS_OUTSIDE_CONTRACT_before_the_start_and_after_the_term_L5132_2()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-01-04", 7, "a")));
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-05-05", 7, "b")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-01-05", 7, "c")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-05-04", 7, "d")));
        Assert.Equal(WorkMinutes.FromHours(14), await hours.PaidHoursAsync(C1));
    }

    [Fact]
    public async Task HOURS_OUTSIDE_CONTRACT_from_the_suspension_day_to_the_day_before_the_resume_L5132_15_2()
    {
        var (host, hours) = await HiredAsync(trialDays: 0);
        using var _ = host;
        var cddi = host.GetRequiredService<CddiService>();
        await cddi.SuspendAsync(C1, D("2026-02-02"), CddiSuspensionReason.Pmsmp);
        await cddi.ResumeAsync(C1, D("2026-02-09"));
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-02-02", 7, "a")));
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-02-08", 7, "b")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-02-01", 7, "c")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-02-09", 7, "d")));
    }

    [Fact]
    public async Task HOURS_OUTSIDE_CONTRACT_a_contract_ended_while_suspended_stays_suspended_to_its_last_day()
    {
        var (host, hours) = await HiredAsync(trialDays: 0);
        using var _ = host;
        var cddi = host.GetRequiredService<CddiService>();
        await cddi.SuspendAsync(C1, D("2026-03-02"), CddiSuspensionReason.TrialElsewhere);
        await cddi.TerminateAsync(C1, D("2026-03-16"), CddiTerminationReason.FixedTermJob6Months);
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-03-16", 7, "a")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-03-01", 7, "b")));
    }

    [Fact]
    public async Task HOURS_DAILY_MAX_ten_hours_a_day_this_entry_included_L3121_18()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        Assert.Equal("HOURS-DAILY-MAX", await RefusalAsync(hours, Line(C1, "2026-01-06", 10.25m, "a")));
        await hours.RecordAsync(Line(C1, "2026-01-06", 6, "b"));
        await hours.RecordAsync(Line(C1, "2026-01-06", 4, "c"));
        Assert.Equal("HOURS-DAILY-MAX", await RefusalAsync(hours, Line(C1, "2026-01-06", 0.25m, "d")));
        Assert.Equal(WorkMinutes.FromHours(10), await hours.PaidHoursAsync(C1));
    }

    [Fact]
    public async Task HOURS_DAILY_MAX_follows_the_site_view_of_the_parameter()
    {
        using var host = new TestHost(configure: b => b.OverrideParameter("Hours.DailyMaxHours", "7", "test"));
        await host.HireAsync("c1", "p1", "2026-01-05");
        var hours = host.GetRequiredService<WorkedHoursService>();
        Assert.Equal("HOURS-DAILY-MAX", await RefusalAsync(hours, Line(C1, "2026-01-06", 7.5m, "a")));
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-01-06", 7, "b")));
    }

    [Fact]
    public async Task Order_of_checks_replay_then_key_then_outside_then_daily_max()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", await RefusalAsync(hours, Line(C1, "2026-01-04", 11, "a")));
        await hours.RecordAsync(Line(C1, "2026-01-06", 10, "k"));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await hours.RecordAsync(Line(C1, "2026-01-06", 10, "k")));
        Assert.Empty(await hours.CanRecordAsync(Line(C1, "2026-01-06", 10, "k")));
        Assert.Equal("HOURS-KEY-CONFLICT", await RefusalAsync(hours, Line(C1, "2026-01-04", 10, "k")));
        Assert.Equal("HOURS-KEY-CONFLICT", await RefusalAsync(hours, Line(C1, "2026-01-06", 1, "k")));
        Assert.Equal("HOURS-DAILY-MAX", await RefusalAsync(hours, Line(C1, "2026-01-06", 1, "other")));
        Assert.Equal(WorkMinutes.FromHours(10), await hours.PaidHoursAsync(C1));
    }

    [Fact]
    public async Task An_unknown_contract_is_not_found()
    {
        using var host = Host(D("2026-12-31"));
        var hours = host.GetRequiredService<WorkedHoursService>();
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => hours.RecordAsync(Line(C1, "2026-01-06", 1, "a")));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => hours.CanRecordAsync(Line(C1, "2026-01-06", 1, "a")));
        Assert.Null(await hours.FindAsync(C1));
    }

    [Fact]
    public async Task Hours_recorded_through_the_service_feed_the_report()
    {
        using var host = Host(D("2026-12-31"));
        await host.HireAsync("c1", "p1", "2026-01-05");
        await host.HireAsync("c2", "p2", "2026-01-05");
        var hours = host.GetRequiredService<WorkedHoursService>();
        Assert.Equal(RecordOutcome.Recorded, await hours.RecordAsync(Line(C1, "2026-03-02", 9.1m, "a")));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await hours.RecordAsync(Line(C1, "2026-03-02", 9.1m, "a")));
        await hours.RecordAsync(Line(C2, "2026-03-02", 9.1m, "a"));
        await hours.RecordAsync(Line(C2, "2026-03-03", 5, "b"));
        Assert.Equal(RecordOutcome.Recorded, await hours.ReverseAsync(new HoursReversal(C2, "b", "b-rev", "cip-1")));

        var report = await host.GetRequiredService<EtpReporting>().ReportAsync(new EtpReportRequest(StructureKind.Aci, 2026, 1m));
        Assert.Equal(WorkMinutes.FromHours(18.2m), report.Total.Worked);
        Assert.Equal(0.01m, decimal.Round(report.Total.EtpConsumed, 12));
        Assert.Equal(WorkMinutes.FromHours(18.2m), await hours.PaidHoursInYearAsync(2026));
    }

    [Fact]
    public async Task A_refused_first_entry_opens_no_ledger()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        var bad = new WorkedHoursLine(C1, D("2026-03-02"), WorkMinutes.Zero, "a", "cip-1");
        Assert.Equal("HOURS-ENTRY-INVALID", Assert.Single(await hours.CanRecordAsync(bad)).Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => hours.RecordAsync(bad));
        Assert.Null(await hours.FindAsync(C1));
        var reversal = new HoursReversal(C1, "a", "r", "cip-1");
        Assert.Equal("HOURS-REVERSAL-UNKNOWN", Assert.Single(await hours.CanReverseAsync(reversal)).Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => hours.ReverseAsync(reversal));
        Assert.Null(await hours.FindAsync(C1));
    }

    [Fact]
    public void The_aide_au_poste_and_daily_maximum_parameters_are_in_the_host_table()
    {
        using var host = Host(D("2024-12-31"));
        var parameters = host.GetRequiredService<LegalParameters>();
        Assert.Equal(23_921m, parameters.ValueOn(AidePosteParameters.BaseAmount(StructureKind.Aci), D("2025-01-01")));
        Assert.Contains("AidePoste.EtpAnnualHours.EITI", parameters.Names);
        Assert.Contains("L3121-18", parameters.On(ContractParameters.HoursDailyMaxHours, D("2026-01-01")).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_module_twice_registers_the_services_once()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddContracts().AddContracts());
        Assert.Single(services, d => d.ServiceType == typeof(ILegalParameterSource) && d.ImplementationType == typeof(AidePosteParameters));
        Assert.Single(services, d => d.ServiceType == typeof(WorkedHoursService));
        Assert.Single(services, d => d.ServiceType == typeof(IPaidWorkSource));
    }

    [Fact]
    public async Task Concurrent_appends_to_one_ledger_lose_nothing_once_retried()
    {
        var (host, _) = await HiredAsync();
        using var __ = host;
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            ConcurrencyConflictException.RetryAsync(() => host.InScopeAsync<WorkedHoursService, RecordOutcome>(
                h => h.RecordAsync(Line(C1, $"2026-02-{1 + (i % 20):00}", 0.25m, $"k{i}"))), attempts: 100))));
        Assert.Equal(WorkMinutes.FromHours(6), await host.GetRequiredService<WorkedHoursService>().PaidHoursAsync(C1));
    }
}
