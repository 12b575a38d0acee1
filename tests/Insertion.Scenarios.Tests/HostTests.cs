using Insertion.Abstractions;
using Insertion.Cli;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// The library as a host embeds it (DESIGN.md, "Modules as a host uses them"): every module registered with
/// AddInsertion, the container validated (scopes and build), every command run inside a scope of its own,
/// and a restart over the same store answering every query the same.
/// </summary>
public sealed class HostTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static ServiceProvider Host(InMemoryStore store, FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton<TimeProvider>(clock);
        services.AddInsertion(b =>
        {
            CliPlugins.Configure(b);
            b.AddContracts().AddCohorts().AddSentencing();
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static async Task In(ServiceProvider host, Func<IServiceProvider, Task> command)
    {
        var scope = host.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await command(scope.ServiceProvider);
        }
    }

    private static async Task Day(ServiceProvider host, FakeTimeProvider clock, DateOnly day)
    {
        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await host.GetRequiredService<DailySweeps>().RunAsync(day);
    }

    // Everything a host asks after a year, as one comparable text.
    private static async Task<string> Answers(ServiceProvider host, DateOnly today)
    {
        var lines = new List<string>();
        await In(host, async sp =>
        {
            foreach (var c in await sp.GetRequiredService<IRepository<CddiContract>>().ListAsync())
            {
                var paid = await sp.GetRequiredService<WorkedHoursService>().PaidHoursAsync(c.Id);
                lines.Add($"contract {c.Id} {c.State} {c.End} {c.EndReason} {paid}");
            }
            var exit = await sp.GetRequiredService<ExitService>().FindAsync(new ContractId("c1"));
            lines.Add($"exit {exit?.Situation} {exit?.End} {exit?.Workshop}");
            var pass = await sp.GetRequiredService<PassIaeService>().GetAsync(new PassId("a1"));
            lines.Add($"pass {pass.End} {pass.StateOn(today)}");
            var progress = await sp.GetRequiredService<TigReportService>().ProgressAsync(new MeasureId("m1"), today);
            lines.Add($"tig {progress.State} {progress.Done} {progress.Pedagogical} {progress.Deadline}");
            var funnel = await sp.GetRequiredService<CohortService>().FunnelAsync(new CohortId("k1"));
            lines.Add($"funnel {funnel.Counts}");
            var year = await sp.GetRequiredService<StructureYearReportService>().ReportAsync(new StructureYearReportRequest(2026, 1m, 0m, today));
            lines.Add($"etp {year.RealisedEtp} exits {year.Exits.Exits}");
        });
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task A_validated_host_runs_every_module_in_scopes_and_a_restart_answers_the_same()
    {
        var store = new InMemoryStore();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        string before;
        var today = new DateOnly(2026, 12, 31);
        var host = Host(store, clock);
        await using (host)
        {
            await In(host, sp => sp.GetRequiredService<IPersonDirectory>().RegisterAsync(new PersonProfile(new PersonId("p1"), new DateOnly(1985, 2, 11), Sex.M)));
            await In(host, sp => sp.GetRequiredService<IPersonDirectory>().RegisterAsync(new PersonProfile(new PersonId("p2"), new DateOnly(1990, 6, 30), Sex.F)));
            await Day(host, clock, Start);
            await In(host, sp => sp.GetRequiredService<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), Start));
            await In(host, sp => sp.GetRequiredService<CddiService>().HireAsync(new CddiHireRequest(new ContractId("c1"), new PersonId("p1"),
                new WorkshopId("ilot-gourmand"), Start, LegalDates.MonthsEnd(Start, 4), WorkMinutes.FromHours(26), null, false)));
            await In(host, sp => sp.GetRequiredService<CohortService>().OpenAsync(new CohortId("k1"), "aqi-amiens", Start));
            await In(host, sp => sp.GetRequiredService<CohortService>().EnrolAsync(new CohortId("k1"), new PersonId("p1"), Start));
            await In(host, sp => sp.GetRequiredService<TigService>().SentenceAsync(new TigSentence
            {
                Measure = new MeasureId("m1"), Person = new PersonId("p2"), Hours = WorkMinutes.FromHours(40), From = Start, Months = 12,
            }));
            for (var d = Start; d <= LegalDates.MonthsEnd(Start, 4); d = d.AddDays(1))
            {
                await Day(host, clock, d);
                if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    var day = d;
                    await In(host, sp => sp.GetRequiredService<WorkedHoursService>().RecordAsync(
                        new WorkedHoursLine(new ContractId("c1"), day, WorkMinutes.FromHours(5), $"c1:{day}", "host")));
                }
                if (d.DayOfWeek == DayOfWeek.Saturday && d < Start.AddDays(70))
                {
                    var day = d;
                    await In(host, sp => sp.GetRequiredService<TigService>().LogAsync(new MeasureId("m1"), day, WorkMinutes.FromHours(4), TigEntryKind.Task, $"t:{day}", "host"));
                }
            }
            // a second process would be refused the same way: the same day's hours again with other content
            await Assert.ThrowsAsync<RuleViolationException>(() => In(host, sp => sp.GetRequiredService<WorkedHoursService>().RecordAsync(
                new WorkedHoursLine(new ContractId("c1"), Start, WorkMinutes.FromHours(6), $"c1:{Start}", "host"))));
            await Day(host, clock, LegalDates.MonthsEnd(Start, 4).AddDays(1));
            await In(host, sp => sp.GetRequiredService<ExitService>().RecordAsync(new ContractId("c1"), ExitSituation.PermanentJob));
            await In(host, sp => sp.GetRequiredService<CohortService>().RecordOutcomeAsync(new PersonId("p1"), LegalDates.MonthsEnd(Start, 4).AddDays(3), OutcomeKind.PermanentJob));
            await Day(host, clock, today);
            before = await Answers(host, today);
        }

        var restarted = Host(store, clock);
        await using (restarted)
        {
            Assert.Equal(before, await Answers(restarted, today));
        }
        Assert.Contains("contract c1 Ended", before, StringComparison.Ordinal);
        Assert.Contains("exit PermanentJob", before, StringComparison.Ordinal);
        Assert.Contains("tig Completed 40", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Module_services_are_scoped_a_host_cannot_take_them_from_the_root()
    {
        using var host = Host(new InMemoryStore(), new FakeTimeProvider());
        Assert.Throws<InvalidOperationException>(() => host.GetRequiredService<CddiService>());
        Assert.Throws<InvalidOperationException>(() => host.GetRequiredService<TigService>());
        Assert.Throws<InvalidOperationException>(() => host.GetRequiredService<CohortService>());
        Assert.Throws<InvalidOperationException>(() => host.GetRequiredService<IRepository<CddiContract>>());
    }
}
