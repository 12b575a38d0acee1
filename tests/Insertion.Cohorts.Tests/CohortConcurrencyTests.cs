using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// One cohort at a time per person and the capacity (SCENARIOS.md, <c>enrol</c>) hold across two
/// service instances (two containers, as two processes) over one store, one after the other and with
/// 8 concurrent writers: the enrolment claims the person and saves the cohort in one unit of work.
/// </summary>
public sealed class CohortConcurrencyTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private const int Writers = 8;

    private static (TestHost A, TestHost B) TwoHosts()
    {
        var store = new InMemoryStore();
        return (new TestHost(store: store), new TestHost(store: store));
    }

    [Fact]
    public async Task COHORT_ALREADY_ENROLLED_holds_across_two_instances()
    {
        var (a, b) = TwoHosts();
        using var _ = a;
        using var __ = b;
        await a.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        await b.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", Start.AddDays(7));
        var p = await a.PersonAsync("p");
        await a.Cohorts.EnrolAsync(new CohortId("k1"), p, Start);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => b.Cohorts.EnrolAsync(new CohortId("k2"), p, Start.AddDays(7)));
        Assert.Equal("COHORT-ALREADY-ENROLLED", ex.Violation.Code);
        Assert.Empty((await a.Cohorts.GetAsync(new CohortId("k2"))).Members);
    }

    [Fact]
    public async Task COHORT_FULL_holds_across_two_instances()
    {
        var (a, b) = TwoHosts();
        using var _ = a;
        using var __ = b;
        var k = new CohortId("k");
        await a.Cohorts.OpenAsync(k, "aqi-test", Start, capacity: 1);
        await a.Cohorts.EnrolAsync(k, await a.PersonAsync("p1"), Start);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(async () => await b.Cohorts.EnrolAsync(k, await b.PersonAsync("p2"), Start));
        Assert.Equal("COHORT-FULL", ex.Violation.Code);
        Assert.Single((await b.Cohorts.GetAsync(k)).Members);
    }

    [Fact]
    public async Task Eight_concurrent_enrolments_of_one_person_in_eight_cohorts_leave_one()
    {
        var (a, b) = TwoHosts();
        using var _ = a;
        using var __ = b;
        var ids = Enumerable.Range(0, Writers).Select(i => new CohortId($"k{i}")).ToList();
        foreach (var id in ids)
        {
            await a.Cohorts.OpenAsync(id, "aqi-test", Start);
        }
        var p = await a.PersonAsync("p");
        var outcomes = await RunConcurrently(i => (i % 2 == 0 ? a : b).Cohorts.EnrolAsync(ids[i], p, Start), "COHORT-ALREADY-ENROLLED");

        var taking = new List<CohortId>();
        foreach (var id in ids)
        {
            var c = await b.Cohorts.GetAsync(id);
            Assert.True(c.Members.Count <= 1);
            if (c.IsTakingPart(p))
            {
                taking.Add(id);
            }
        }
        Assert.Single(taking);
        Assert.Equal(1, outcomes.Count(o => o == "ok"));
    }

    [Fact]
    public async Task Eight_concurrent_enrolments_into_a_cohort_of_three_never_pass_its_capacity()
    {
        var (a, b) = TwoHosts();
        using var _ = a;
        using var __ = b;
        var k = new CohortId("k");
        await a.Cohorts.OpenAsync(k, "aqi-test", Start, capacity: 3);
        var people = new List<PersonId>();
        for (var i = 0; i < Writers; i++)
        {
            people.Add(await a.PersonAsync($"p{i}"));
        }
        var outcomes = await RunConcurrently(i => (i % 2 == 0 ? a : b).Cohorts.EnrolAsync(k, people[i], Start), "COHORT-FULL");

        var cohort = await a.Cohorts.GetAsync(k);
        Assert.InRange(cohort.ActiveCount, 1, 3);
        Assert.Equal(cohort.Members.Count, cohort.Members.Select(m => m.Person).Distinct().Count());
        Assert.Equal(outcomes.Count(o => o == "ok"), cohort.Members.Count);
    }

    [Fact]
    public async Task With_retries_the_losers_meet_the_rule_exactly_the_capacity_is_taken()
    {
        var (a, b) = TwoHosts();
        using var _ = a;
        using var __ = b;
        var k = new CohortId("k");
        await a.Cohorts.OpenAsync(k, "aqi-test", Start, capacity: 3);
        var people = new List<PersonId>();
        for (var i = 0; i < Writers; i++)
        {
            people.Add(await a.PersonAsync($"p{i}"));
        }
        var outcomes = await RunConcurrently(
            i => ConcurrencyConflictException.RetryAsync(() => (i % 2 == 0 ? a : b).Cohorts.EnrolAsync(k, people[i], Start), attempts: 100),
            "COHORT-FULL");

        Assert.Equal(3, outcomes.Count(o => o == "ok"));
        Assert.Equal(Writers - 3, outcomes.Count(o => o == "COHORT-FULL"));
        Assert.Equal(3, (await b.Cohorts.GetAsync(k)).ActiveCount);
    }

    // Runs the writers at once; each ends "ok", with the rule's code, or "conflict". Any other exception fails the test.
    private static async Task<IReadOnlyList<string>> RunConcurrently(Func<int, Task> write, string ruleCode)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await write(i);
                return "ok";
            }
            catch (RuleViolationException ex)
            {
                Assert.Equal(ruleCode, ex.Violation.Code);
                return ex.Violation.Code;
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        })).ToList();
        go.SetResult();
        var all = Task.WhenAll(tasks);
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(20))));
        return await all;
    }
}
