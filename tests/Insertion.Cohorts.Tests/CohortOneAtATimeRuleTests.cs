using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// SCENARIOS.md, <c>enrol</c>: COHORT-ALREADY-ENROLLED when the person takes part in another cohort on a day
/// of this one. Taking part runs from the enrolment (or the cohort's start if later) to the day before a
/// withdrawal (or to the cohort's end); in the new cohort it runs from <c>on</c> (or its start if later) to its end.
/// </summary>
public sealed class CohortOneAtATimeRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static async Task<string?> EnrolCodeAsync(TestHost h, CohortId id, PersonId p, DateOnly on)
    {
        var query = (await h.Cohorts.CanEnrolAsync(id, p, on)).SingleOrDefault()?.Code;
        try
        {
            await h.Cohorts.EnrolAsync(id, p, on);
            Assert.Null(query);
            Assert.True((await h.Cohorts.GetAsync(id)).IsTakingPart(p));
            return null;
        }
        catch (RuleViolationException ex)
        {
            Assert.Equal(query, ex.Violation.Code);
            Assert.Null((await h.Cohorts.GetAsync(id)).Member(p));
            return ex.Violation.Code;
        }
    }

    [Theory]
    [InlineData(0, "COHORT-ALREADY-ENROLLED")] // the next cohort starts on the first one's last day
    [InlineData(1, null)]                      // the day after its last day
    public async Task A_cohort_that_starts_after_the_other_one_ends_takes_the_person(int daysAfterEnd, string? code)
    {
        using var h = new TestHost();
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-short", Start);
        var next = k1.End.AddDays(daysAfterEnd);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-short", next);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, await h.PersonAsync("b"), Start);
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        Assert.Equal(code, await EnrolCodeAsync(h, new CohortId("k2"), a, next));
    }

    [Theory]
    [InlineData(0, null)]                       // withdrew the day the next cohort starts: took part until the day before
    [InlineData(1, "COHORT-ALREADY-ENROLLED")]  // withdrew the day after: took part on the next cohort's start
    public async Task Taking_part_ends_the_day_before_a_withdrawal(int withdrawnAfterNextStart, string? code)
    {
        using var h = new TestHost();
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        var next = Start.AddDays(20);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-short", next);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        await h.Cohorts.WithdrawAsync(k1.Id, a, next.AddDays(withdrawnAfterNextStart), "changes promotion");
        Assert.Equal(code, await EnrolCodeAsync(h, new CohortId("k2"), a, next));
    }

    [Fact]
    public async Task A_person_who_withdrew_on_the_enrolment_day_took_part_on_no_day()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(new CohortId("k1"), a, Start);
        await h.Cohorts.WithdrawAsync(new CohortId("k1"), a, Start, "wrong promotion");
        Assert.Null(await EnrolCodeAsync(h, new CohortId("k2"), a, Start));
    }

    [Fact]
    public async Task One_day_of_taking_part_is_enough_to_refuse()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(new CohortId("k1"), a, Start);
        await h.Cohorts.WithdrawAsync(new CohortId("k1"), a, Start.AddDays(1), "wrong promotion");
        Assert.Equal("COHORT-ALREADY-ENROLLED", await EnrolCodeAsync(h, new CohortId("k2"), a, Start));
    }

    [Fact]
    public async Task In_the_new_cohort_taking_part_starts_on_the_enrolment_day_when_later_than_its_start()
    {
        using var h = new TestHost();
        // k2 started 20 days before k1 ends; enrolling in k2 the day after k1's end shares no day.
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-short", Start);
        var k2 = await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", k1.End.AddDays(-20));
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(await h.Cohorts.CanEnrolAsync(k2.Id, a, k1.End)).Code);
        Assert.Null(await EnrolCodeAsync(h, k2.Id, a, k1.End.AddDays(1)));
    }

    [Fact]
    public async Task In_the_other_cohort_taking_part_starts_on_the_enrolment_day_when_later_than_its_start()
    {
        using var h = new TestHost();
        // k1 starts on Start, the person enrolled in it only on Start + 30; k0 (one month) ends before that.
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        var k0 = await h.Cohorts.OpenAsync(new CohortId("k0"), "aqi-short", Start.AddDays(-5));
        Assert.True(k0.End < Start.AddDays(30) && k0.End >= Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start.AddDays(30));
        Assert.Null(await EnrolCodeAsync(h, k0.Id, a, k0.Start));
    }

    [Fact]
    public async Task In_the_other_cohort_taking_part_starts_at_its_start_for_an_early_enrolment()
    {
        using var h = new TestHost();
        // Enrolled in k1 ten days before its start: taking part still starts on k1's start.
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        var k0 = await h.Cohorts.OpenAsync(new CohortId("k0"), "aqi-short", Start.AddDays(-35));
        Assert.True(k0.End < Start && k0.End >= Start.AddDays(-10));
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start.AddDays(-10));
        Assert.Null(await EnrolCodeAsync(h, k0.Id, a, k0.Start));
    }

    [Fact]
    public async Task An_enrolment_after_the_cohort_end_shares_no_day_with_anything()
    {
        using var h = new TestHost();
        // aqi-open-late takes enrolments 400 days after its start, beyond its one-month end.
        var k1 = await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        var late = await h.Cohorts.OpenAsync(new CohortId("late"), "aqi-open-late", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(k1.Id, a, Start);
        Assert.Equal("COHORT-ALREADY-ENROLLED", Assert.Single(await h.Cohorts.CanEnrolAsync(late.Id, a, late.End)).Code);
        Assert.Null(await EnrolCodeAsync(h, late.Id, a, late.End.AddDays(1)));
    }

    [Fact]
    public async Task The_refusal_names_the_earliest_cohort_the_person_takes_part_in()
    {
        using var h = new TestHost();
        // Ids sort the other way round from the starts: the earliest by start is named.
        var early = await h.Cohorts.OpenAsync(new CohortId("z-early"), "aqi-short", Start);
        var later = await h.Cohorts.OpenAsync(new CohortId("a-later"), "aqi-short", early.End.AddDays(1));
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(later.Id, a, later.Start);
        await h.Cohorts.EnrolAsync(early.Id, a, Start);
        await h.Cohorts.OpenAsync(new CohortId("long"), "aqi-test", Start);
        var v = Assert.Single(await h.Cohorts.CanEnrolAsync(new CohortId("long"), a, Start));
        Assert.Equal(("COHORT-ALREADY-ENROLLED", "z-early", "long", "a"), (v.Code, v.Values["otherCohort"], v.Values["cohort"], v.Values["person"]));
    }

    [Fact]
    public async Task Cohorts_the_person_never_enrolled_in_do_not_count()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", Start);
        await h.Cohorts.EnrolAsync(new CohortId("k1"), await h.PersonAsync("b"), Start);
        Assert.Null(await EnrolCodeAsync(h, new CohortId("k2"), await h.PersonAsync("a"), Start));
    }
}
