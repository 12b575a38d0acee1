using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// What the mutation run on the host-ready code (issue #20) left alive in the Cohorts module: when
/// taking part begins and ends (SCENARIOS.md, <c>enrol</c>: from the enrolment or the cohort's start if
/// later, to the day before a withdrawal or the cohort's end), opening an id twice, and the outcomes read
/// for a cohort's people only.
/// </summary>
public sealed class CohortHostReadySurvivorRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task A_withdrawal_on_the_cohorts_last_day_ends_taking_part_the_day_before_SCENARIOS_enrol()
    {
        using var h = new TestHost();
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-short", Start);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-short", k1.End);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        await h.Cohorts.WithdrawAsync(k1.Id, a, k1.End, "joins the next promotion");
        Assert.Empty(await h.Cohorts.CanEnrolAsync(new CohortId("k2"), a, k1.End));
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.EnrolAsync(new CohortId("k2"), a, k1.End));
    }

    [Fact]
    public async Task An_enrolment_before_the_cohorts_start_takes_part_from_the_start_SCENARIOS_enrol()
    {
        using var h = new TestHost();
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-short", Start);
        var k2 = await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-short", k1.End.AddDays(10));
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        // Enrolled in k2 while still in k1: taking part in k2 begins on its start, after k1's end.
        var early = k1.End.AddDays(-5);
        Assert.Empty(await h.Cohorts.CanEnrolAsync(k2.Id, a, early));
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.EnrolAsync(k2.Id, a, early));
        Assert.True((await h.Cohorts.GetAsync(k2.Id)).IsTakingPart(a));
    }

    [Fact]
    public async Task Opening_a_cohort_id_twice_is_COHORT_INVALID_TRANSITION_and_the_first_cohort_stays()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-short", Start);
        var query = Assert.Single(await h.Cohorts.CanOpenAsync(new CohortId("k1"), "aqi-test", Start.AddDays(7)));
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start.AddDays(7)));
        Assert.Equal("COHORT-INVALID-TRANSITION", ex.Violation.Code);
        Assert.Equal(query.Code, ex.Violation.Code);
        var stored = await h.Cohorts.GetAsync(new CohortId("k1"));
        Assert.Equal(Start, stored.Start);
        Assert.Equal("aqi-short", stored.ProgrammeId);
    }

    [Fact]
    public void The_outcomes_of_some_people_are_theirs_only()
    {
        var a = new PersonOutcomes(new PersonId("a"));
        var b = new PersonOutcomes(new PersonId("b"));
        var c = new PersonOutcomes(new PersonId("c"));
        var found = new OutcomesOfPeopleSpec([new PersonId("c"), new PersonId("a"), new PersonId("a")]).Evaluate([a, b, c]).ToList();
        Assert.Equal(["a", "c"], found.Select(o => o.Key).Order(StringComparer.Ordinal));
    }
}
