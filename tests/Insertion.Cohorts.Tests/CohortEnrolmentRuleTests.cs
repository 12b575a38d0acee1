using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// SCENARIOS.md, <c>openCohort</c> and <c>enrol</c>: the capacity (the programme's, or the override),
/// COHORT-FULL counted over people enrolled and not withdrawn, the programme's entry window copied when
/// the cohort opens, and what a cohort records of an enrolment (sex, age band on the day, justice data as a count).
/// </summary>
public sealed class CohortEnrolmentRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task OpenCohort_copies_the_programme_site_capacity_window_and_blocks()
    {
        using var h = new TestHost();
        var k = await h.Cohorts.OpenAsync(new CohortId("k"), "aqi-other", Start);
        Assert.Equal(("other-site", "aqi-other", 4, 10, Start.AddDays(10)), (k.SiteId, k.ProgrammeId, k.Capacity, k.EntryWindowDays, k.EntryDeadline));
        var b = await h.Cohorts.OpenAsync(new CohortId("b"), "aqi-blocks", Start, capacity: 7);
        Assert.Equal(("test-site", 7, 31), (b.SiteId, b.Capacity, b.EntryWindowDays));
        Assert.Equal(["ccp1", "ccp2"], b.CertificationBlocks);
        Assert.Equal(new DateRange(Start, new DateOnly(2026, 9, 4)), b.Period);
        var stored = await h.Cohorts.GetAsync(new CohortId("b"));
        Assert.Equal((7, CohortState.Open), (stored.Capacity, stored.State));
    }

    [Fact]
    public async Task OpenCohort_of_an_unknown_programme_is_refused_by_its_query_twin_too()
    {
        using var h = new TestHost();
        await Assert.ThrowsAsync<UnknownPluginException>(() => h.Cohorts.CanOpenAsync(new CohortId("k"), "no-such-programme", Start));
        await Assert.ThrowsAsync<UnknownPluginException>(() => h.Cohorts.OpenAsync(new CohortId("k"), "no-such-programme", Start));
        Assert.Null(await h.Cohorts.FindAsync(new CohortId("k")));
    }

    [Fact]
    public void A_negative_capacity_override_is_an_argument_error()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Cohort(new CohortId("k"), TestPrograms.Aqi, "s", Start, capacity: -1));
        Assert.Equal(0, new Cohort(new CohortId("k"), TestPrograms.Aqi, "s", Start, capacity: 0).Capacity);
    }

    [Fact]
    public async Task COHORT_FULL_uses_the_programme_capacity_when_none_is_given()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-short", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start);
        Assert.Empty(await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("b"), Start));
        await h.Cohorts.EnrolAsync(id, new PersonId("b"), Start);
        var full = Assert.Single(await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("c"), Start));
        Assert.Equal("COHORT-FULL", full.Code);
        Assert.Equal(2, full.Values["active"]);
        Assert.Equal(2, full.Values["capacity"]);
    }

    [Fact]
    public async Task COHORT_FULL_with_a_capacity_of_zero_refuses_the_first_person()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 0);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(async () => await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start));
        Assert.Equal("COHORT-FULL", ex.Violation.Code);
        Assert.Empty((await h.Cohorts.GetAsync(id)).Members);
    }

    [Fact]
    public async Task COHORT_FULL_a_withdrawal_frees_a_place_and_enrolled_can_end_above_the_capacity()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start, capacity: 1);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.WithdrawAsync(id, a, Start.AddDays(2), "left");
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b"), Start.AddDays(2)));
        var k = await h.Cohorts.GetAsync(id);
        Assert.Equal((2, 1), (k.Members.Count, k.ActiveCount));
        var f = (await h.Cohorts.FunnelAsync(id)).Counts;
        Assert.Equal((2, 1), (f.Enrolled, f.Followed));
    }

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, "COHORT-ENTRY-CLOSED")]
    public async Task COHORT_ENTRY_CLOSED_after_the_programme_window_start_plus_its_days(int daysAfterStart, string? code)
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-short", Start);
        Assert.Equal(Start.AddDays(3), k.EntryDeadline);
        var v = await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("a"), Start.AddDays(daysAfterStart));
        Assert.Equal(code, v.SingleOrDefault()?.Code);
        if (code is not null)
        {
            Assert.Equal(Start.AddDays(3), v[0].Values["entryDeadline"]);
        }
    }

    [Fact]
    public async Task An_enrolment_records_sex_and_the_age_band_on_the_enrolment_day()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        // Born 2000-01-06: 25 on the cohort's start, 26 the day after (LegalDates.AgeOn).
        var a = new PersonId("a");
        await h.People.RegisterAsync(new PersonProfile(a, new DateOnly(2000, 1, 6), Sex.F));
        var b = new PersonId("b");
        await h.People.RegisterAsync(new PersonProfile(b, new DateOnly(2000, 1, 6), Sex.X));
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.EnrolAsync(id, b, Start.AddDays(1));
        var k = await h.Cohorts.GetAsync(id);
        Assert.Equal((Sex.F, AgeBand.Under26, Start), (k.Member(a)!.Sex, k.Member(a)!.AgeBand, k.Member(a)!.EnrolledOn));
        Assert.Equal((Sex.X, AgeBand.From26To49, Start.AddDays(1)), (k.Member(b)!.Sex, k.Member(b)!.AgeBand, k.Member(b)!.EnrolledOn));
        Assert.False(k.Member(a)!.Withdrawn);
        Assert.Null(k.Member(new PersonId("nobody")));
    }

    [Fact]
    public async Task A_repeated_enrolment_in_a_closed_cohort_is_refused_as_an_invalid_transition()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-short", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.StartDueAsync(Start);
        await h.Cohorts.CloseAsync(id, k.End);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.EnrolAsync(id, a, Start));
        Assert.Equal("COHORT-INVALID-TRANSITION", ex.Violation.Code);
        // A newcomer meets the lifecycle first, not the capacity or the entry window.
        Assert.Equal("COHORT-INVALID-TRANSITION", Assert.Single(await h.Cohorts.CanEnrolAsync(id, await h.PersonAsync("b"), k.End)).Code);
        Assert.Single((await h.Cohorts.GetAsync(id)).Members);
    }

    [Fact]
    public async Task Enrolment_continues_while_the_cohort_is_running_within_the_window()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        Assert.Equal(1, await h.Cohorts.StartDueAsync(Start));
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(id)).State);
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start.AddDays(10)));
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(id)).State);
    }

    [Fact]
    public async Task Enrolling_an_unknown_person_is_NotFoundException_in_the_query_twin_too()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.CanEnrolAsync(id, new PersonId("ghost"), Start));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.CanRecordOutcomeAsync(new PersonId("ghost"), Start, OutcomeKind.None));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.RecordOutcomeAsync(new PersonId("ghost"), Start, OutcomeKind.None));
    }

    [Fact]
    public async Task A_replayed_enrolment_claims_nothing_and_saves_nothing()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        var person = (await h.People.GetAsync(a)).Version;
        var cohort = (await h.Cohorts.GetAsync(id)).Version;
        Assert.Equal(RecordOutcome.AlreadyRecorded, await h.Cohorts.EnrolAsync(id, a, Start.AddDays(3)));
        Assert.Equal(person, (await h.People.GetAsync(a)).Version);
        Assert.Equal(cohort, (await h.Cohorts.GetAsync(id)).Version);
        // A first enrolment claims the person (one cohort at a time across processes) and saves the cohort.
        var b = await h.PersonAsync("b");
        var before = (await h.People.GetAsync(b)).Version;
        await h.Cohorts.EnrolAsync(id, b, Start);
        Assert.True((await h.People.GetAsync(b)).Version > before);
        Assert.True((await h.Cohorts.GetAsync(id)).Version > cohort);
    }
}
