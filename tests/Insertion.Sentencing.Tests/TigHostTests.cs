using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests;

/// <summary>
/// The module as a host uses it (DESIGN.md, "Modules as a host uses them"): scoped services in a
/// validated container; two containers over one store behave as two processes over one database
/// (the person's TIG daily cap holds across them); a restart over the same store answers the same.
/// </summary>
public sealed class TigHostTests
{
    private static readonly DateOnly Start = new(2026, 3, 2); // a Monday

    [Fact]
    public async Task A_host_runs_every_Sentencing_command_in_scopes_of_a_validated_container()
    {
        using var f = new TigFixture(Start);
        using (var scope = f.Root.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPersonDirectory>().RegisterAsync(new PersonProfile(new PersonId("p"), new(1990, 1, 1), Sex.F));
        }
        using (var scope = f.Root.CreateScope())
        {
            var tig = scope.ServiceProvider.GetRequiredService<TigService>();
            var sentence = new TigSentence { Measure = new("m"), Person = new("p"), Hours = WorkMinutes.FromHours(40), From = Start, Months = 6, SoaProgramme = SoaTestSite.ProgrammeId };
            Assert.Empty(await tig.CanSentenceAsync(sentence));
            await tig.SentenceAsync(sentence);
        }
        using (var scope = f.Root.CreateScope())
        {
            var tig = scope.ServiceProvider.GetRequiredService<TigService>();
            Assert.Empty(await tig.CanLogAsync(new("m"), Start, WorkMinutes.FromHours(4), TigEntryKind.Task, "k1", "cip"));
            await tig.LogAsync(new("m"), Start, WorkMinutes.FromHours(4), TigEntryKind.Task, "k1", "cip");
            await tig.SuspendAsync(new("m"), Start.AddDays(10), Start.AddDays(12), TigSuspensionReason.Family);
            await tig.RecordIncidentAsync(new("m"), new TigIncident("i1", Start.AddDays(1), TigIncidentKind.Absence, null, "cip"));
            await scope.ServiceProvider.GetRequiredService<DeclaredPaidWork>().DeclareAsync(new("p"), IsoWeek.Of(Start), WorkMinutes.FromHours(20));
            var soa = scope.ServiceProvider.GetRequiredService<SoaService>();
            await soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));
            Assert.Empty(await soa.CanRecordAttendanceAsync("s1", [new("m")], [], "cip"));
            await soa.RecordAttendanceAsync("s1", [new("m")], [], "cip");
        }
        using (var scope = f.Root.CreateScope())
        {
            var progress = await scope.ServiceProvider.GetRequiredService<TigReportService>().ProgressAsync(new("m"), Start.AddDays(3));
            Assert.Equal((WorkMinutes.FromHours(7), WorkMinutes.FromHours(3), LegalDates.MonthsEnd(Start, 6).AddDays(3)), (progress.Done, progress.Pedagogical, progress.Deadline));
        }
    }

    [Fact]
    public async Task Two_instances_over_one_store_hold_the_daily_cap_sequentially()
    {
        var store = new InMemoryStore();
        using var a = new TigFixture(Start, store: store);
        using var b = new TigFixture(Start, store: store);
        var p = await a.PersonAsync("p", new(1990, 1, 1));
        var m1 = await a.SentenceAsync("m1", p, 40, Start);
        var m2 = await b.SentenceAsync("m2", p, 40, Start);
        await a.LogAsync(m1, Start, 10, "day-a");
        Assert.Equal("TIG-DAILY-MAX", (await Assert.ThrowsAsync<RuleViolationException>(() => b.LogAsync(m2, Start, 10, "day-b"))).Violation.Code);
        Assert.Equal(WorkMinutes.Zero, (await a.ReloadAsync(m2)).Done);
    }

    [Fact]
    public async Task Eight_concurrent_writers_in_two_instances_never_breach_the_daily_cap()
    {
        var store = new InMemoryStore();
        using var a = new TigFixture(Start, store: store);
        using var b = new TigFixture(Start, store: store);
        var p = await a.PersonAsync("p", new(1990, 1, 1));
        var ids = new List<MeasureId>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await a.SentenceAsync($"m{i}", p, 100, Start)).Id);
        }
        // 8 writers, each 4 h on the same day for the same person (any two fit, three do not: 10 h cap).
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var tig = (i % 2 == 0 ? a : b).Tig;
            try
            {
                await tig.LogAsync(ids[i % 4], Start, WorkMinutes.FromHours(4), TigEntryKind.Task, $"w{i}", "cip");
                return "ok";
            }
            catch (RuleViolationException ex)
            {
                return ex.Violation.Code;
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        })));
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "TIG-DAILY-MAX", "conflict" }));
        var measures = await b.Tig.OfPersonAsync(p);
        var total = measures.Sum(m => m.MinutesOn(Start));
        Assert.True(total <= 600, $"{total} minutes logged on one day");
        Assert.Equal(outcomes.Count(o => o == "ok") * 240, total);
        Assert.InRange(outcomes.Count(o => o == "ok"), 1, 2);

        // Retried with the kernel's helper, every writer ends with a rule's answer: exactly two succeed.
        var retried = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var tig = (i % 2 == 0 ? a : b).Tig;
            try
            {
                await ConcurrencyConflictException.RetryAsync(() => tig.LogAsync(ids[i % 4], Start.AddDays(1), WorkMinutes.FromHours(4), TigEntryKind.Task, $"r{i}", "cip"), attempts: 50);
                return "ok";
            }
            catch (RuleViolationException ex)
            {
                return ex.Violation.Code;
            }
        })));
        Assert.Equal(2, retried.Count(o => o == "ok"));
        Assert.Equal(6, retried.Count(o => o == "TIG-DAILY-MAX"));
    }

    [Fact]
    public async Task After_a_restart_over_the_same_store_measures_progress_and_states_answer_the_same()
    {
        var store = new InMemoryStore();
        var today = new DateOnly(2026, 12, 1);
        string before;
        using (var first = new TigFixture(Start, store: store))
        {
            var p = await first.PersonAsync("p", new(1990, 1, 1));
            var q = await first.PersonAsync("q", new(2000, 1, 1));
            var m1 = await first.SentenceAsync("m1", p, 20, Start, 6, programme: SoaTestSite.ProgrammeId);
            var m2 = await first.SentenceAsync("m2", q, 60, Start, 3);
            for (var week = 0; week < 4; week++)
            {
                await first.LogAsync(m1, Start.AddDays(7 * week + 5), 5, $"sat{week}");
                await first.LogAsync(m2, Start.AddDays(7 * week + 5), 6, $"sat{week}");
            }
            await first.Tig.SuspendAsync(m2.Id, Start.AddDays(40), Start.AddDays(49), TigSuspensionReason.Medical);
            await first.PaidWork.DeclareAsync(q, IsoWeek.Of(Start), WorkMinutes.FromHours(30));
            await first.SweepAsync(today);
            before = await DescribeAsync(first, today);
        }
        using var second = new TigFixture(today, store: store);
        Assert.Equal(before, await DescribeAsync(second, today));
        Assert.Contains("m1 Completed", before, StringComparison.Ordinal);
        Assert.Contains("m2 Overdue", before, StringComparison.Ordinal);
        Assert.Equal("TIG-DAILY-MAX", (await Assert.ThrowsAsync<RuleViolationException>(() =>
            second.Tig.LogAsync(new("m2"), Start.AddDays(5), WorkMinutes.FromHours(5), TigEntryKind.Task, "again", "cip"))).Violation.Code);
    }

    private static async Task<string> DescribeAsync(TigFixture f, DateOnly today)
    {
        var lines = new List<string>();
        foreach (var m in await f.Tig.ListAsync())
        {
            var progress = await f.Reports.ProgressAsync(m.Id, today);
            lines.Add($"{m.Id} {m.State} {m.Done} {m.Pedagogical} {m.Deadline} {m.Entries.Count} {progress.DaysLeft} {progress.PaceNeededPerWeek} {progress.UnfinishedAtDeadline} v{m.Version}");
        }
        lines.Add($"paid {(await f.PaidWork.PaidMinutesInWeekAsync(new("q"), Start, default)).Minutes}");
        return string.Join("\n", lines);
    }
}
