using Microsoft.Extensions.DependencyInjection;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// The funnel is rebuilt from what is stored (DOMAIN.md §1: the Amiens 2017/2018 funnel "from events"):
/// a new container over the same store, as after a restart, answers the same.
/// </summary>
public sealed class CohortRestartTests
{
    private static readonly CohortId K = new("amiens-2017");
    private static readonly DateOnly Start = new(2017, 9, 4);

    // DOMAIN.md §1: 14 enrolled (9 men, 5 women), 4 under justice, 12 followed, 9 sat the exam, 7 passed, 4 in a job within a month.
    private static async Task RunTheAmiensYearAsync(TestHost h)
    {
        await h.Cohorts.OpenAsync(K, "aqi-test", Start);
        for (var i = 1; i <= 9; i++)
        {
            await h.Cohorts.EnrolAsync(K, await h.PersonAsync($"m{i}", Sex.M), Start, underJustice: i <= 3);
        }
        for (var i = 1; i <= 5; i++)
        {
            await h.Cohorts.EnrolAsync(K, await h.PersonAsync($"f{i}", Sex.F), Start, underJustice: i == 1);
        }
        await h.Cohorts.WithdrawAsync(K, new PersonId("m3"), new DateOnly(2017, 11, 20), "incarcerated");
        await h.Cohorts.WithdrawAsync(K, new PersonId("f3"), new DateOnly(2018, 1, 15), "moved");
        var exam = new DateOnly(2018, 4, 24);
        foreach (var p in new[] { "m1", "m2", "m4", "m6", "m8", "f1", "f4" })
        {
            await h.Cohorts.RecordExamAsync(K, new PersonId(p), exam, ExamResult.Passed);
        }
        foreach (var (p, r) in new[] { ("m5", ExamResult.Failed), ("f2", ExamResult.Failed), ("m7", ExamResult.Absent), ("m9", ExamResult.Absent), ("f5", ExamResult.Absent) })
        {
            await h.Cohorts.RecordExamAsync(K, new PersonId(p), exam, r);
        }
        var end = (await h.Cohorts.GetAsync(K)).End;
        var window = OutcomeFunnel.EmploymentDeadline(end, 1);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("m1"), new DateOnly(2018, 5, 14), OutcomeKind.PermanentJob);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("m4"), window, OutcomeKind.FixedTermJob6Months);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("f1"), new DateOnly(2018, 5, 22), OutcomeKind.ShortJob);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("f4"), end.AddDays(1), OutcomeKind.PermanentJob);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("m6"), window.AddDays(1), OutcomeKind.PermanentJob);
        await h.Cohorts.RecordOutcomeAsync(new PersonId("m2"), new DateOnly(2018, 5, 15), OutcomeKind.Training);
        await h.Services.GetRequiredService<DailySweeps>().RunAsync(Start);
        await h.Cohorts.CloseAsync(K, end);
    }

    [Fact]
    public async Task The_Amiens_2017_2018_funnel_answers_the_same_after_a_restart()
    {
        var store = new InMemoryStore();
        CohortFunnel before;
        IReadOnlyList<SiteYearFunnel> bySiteBefore;
        IReadOnlyList<CohortEvent> eventsBefore;
        using (var first = new TestHost(store: store))
        {
            await RunTheAmiensYearAsync(first);
            before = await first.Cohorts.FunnelAsync(K);
            bySiteBefore = await first.Cohorts.FunnelBySiteAndYearAsync();
            eventsBefore = await first.Cohorts.EventsAsync();
        }
        var f = before.Counts;
        Assert.Equal((14, 9, 5, 4, 12, 9, 7, 4), (f.Enrolled, f.Men, f.Women, f.UnderJustice, f.Followed, f.SatExam, f.Passed, f.EmployedWithin1Month));

        using var second = new TestHost(store: store);
        var after = await second.Cohorts.FunnelAsync(K);
        Assert.Equal(before, after with { });
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(bySiteBefore.Select(s => (s.SiteId, s.Year, s.Cohorts, s.Counts)), (await second.Cohorts.FunnelBySiteAndYearAsync()).Select(s => (s.SiteId, s.Year, s.Cohorts, s.Counts)));
        Assert.Equal(eventsBefore.Count, (await second.Cohorts.EventsAsync()).Count);
        Assert.Equal(CohortState.Closed, (await second.Cohorts.GetAsync(K)).State);
        Assert.Equal(f, OutcomeFunnel.PerCohort(await second.Cohorts.EventsAsync()).Single().Counts);
    }
}
