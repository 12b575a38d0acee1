using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// The cohort lifecycle as the service drives it: an open cohort nobody takes part in is cancelled (closed),
/// one with people closes only once running on or after its end; the daily sweep starts due cohorts only;
/// the stored history (the funnel's only input) follows every command.
/// </summary>
public sealed class CohortLifecycleRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task An_open_cohort_nobody_takes_part_in_closes_and_one_with_people_does_not()
    {
        using var h = new TestHost();
        var empty = new CohortId("empty");
        var used = new CohortId("used");
        await h.Cohorts.OpenAsync(empty, "aqi-test", Start);
        await h.Cohorts.OpenAsync(used, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(used, a, Start.AddDays(-5));
        var refusal = Assert.Single(await h.Cohorts.CanCloseAsync(used, Start.AddDays(-1)));
        Assert.Equal("COHORT-INVALID-TRANSITION", refusal.Code);
        Assert.Contains("nobody takes part", refusal.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.CloseAsync(used, Start.AddDays(-1)));
        Assert.Equal(CohortState.Open, (await h.Cohorts.GetAsync(used)).State);
        // Once the only person withdrew, nobody takes part: the cohort may be cancelled.
        await h.Cohorts.WithdrawAsync(used, a, Start.AddDays(-2), "changed her mind");
        Assert.Empty(await h.Cohorts.CanCloseAsync(used, Start.AddDays(-1)));
        Assert.Empty(await h.Cohorts.CanCloseAsync(empty, Start.AddDays(-1)));
        await h.Cohorts.CloseAsync(empty, Start.AddDays(-1));
        var closed = await h.Cohorts.GetAsync(empty);
        Assert.Equal((CohortState.Closed, Start.AddDays(-1)), (closed.State, closed.ClosedOn));
        Assert.Equal(new CohortClosed(empty, Start.AddDays(-1)), closed.History().Last());
    }

    [Fact]
    public async Task A_running_cohort_closes_on_its_end_day_and_records_the_day()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        await h.Cohorts.StartDueAsync(Start);
        await Assert.ThrowsAsync<RuleViolationException>(() => h.Cohorts.CloseAsync(id, k.End.AddDays(-1)));
        Assert.Null((await h.Cohorts.GetAsync(id)).ClosedOn);
        await h.Cohorts.CloseAsync(id, k.End.AddDays(3));
        var stored = await h.Cohorts.GetAsync(id);
        Assert.Equal((CohortState.Closed, k.End.AddDays(3)), (stored.State, stored.ClosedOn));
    }

    [Fact]
    public async Task The_sweep_starts_only_open_cohorts_whose_start_is_reached()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("b"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("a"), "aqi-test", Start.AddDays(-7));
        await h.Cohorts.OpenAsync(new CohortId("later"), "aqi-test", Start.AddDays(1));
        Assert.Empty(await h.Cohorts.CanStartDueAsync(Start));
        Assert.Equal(2, await h.Cohorts.StartDueAsync(Start));
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(new CohortId("a"))).State);
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(new CohortId("b"))).State);
        Assert.Equal(CohortState.Open, (await h.Cohorts.GetAsync(new CohortId("later"))).State);
        Assert.Equal(0, await h.Cohorts.StartDueAsync(Start));
        Assert.Empty(await h.Cohorts.CanStartDueAsync(Start.AddDays(1)));
        Assert.Equal(1, await h.Cohorts.StartDueAsync(Start.AddDays(1)));
    }

    [Fact]
    public void A_planned_cohort_has_no_history_and_an_open_one_starts_with_its_opening()
    {
        var k = new Cohort(new CohortId("k"), TestPrograms.Aqi with { CertificationBlocks = ["ccp1"] }, "s", Start);
        Assert.Empty(k.History());
        Assert.Equal("k", k.Key);
        k.Open(Start.AddDays(-20));
        var opened = Assert.IsType<CohortOpened>(Assert.Single(k.History()));
        Assert.Equal((k.Id, new ProgrammeId("aqi-test"), "s", Start, k.End), (opened.Cohort, opened.Programme, opened.SiteId, opened.Start, opened.End));
        Assert.Equal(["ccp1"], opened.CertificationBlocks);
        Assert.Equal(Start, opened.On);
    }

    [Fact]
    public async Task The_history_lists_opening_enrolments_withdrawals_exams_and_closing_in_that_order()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-blocks", Start);
        var a = await h.PersonAsync("a", Sex.F);
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(id, b, Start.AddDays(1));
        await h.Cohorts.EnrolAsync(id, a, Start.AddDays(2), underJustice: true);
        await h.Cohorts.StartDueAsync(Start);
        await h.Cohorts.RecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed, "ccp1");
        await h.Cohorts.WithdrawAsync(id, b, Start.AddMonths(7).AddDays(1), "job");
        await h.Cohorts.CloseAsync(id, k.End);
        var history = (await h.Cohorts.GetAsync(id)).History().ToList();
        Assert.Equal(6, history.Count);
        Assert.IsType<CohortOpened>(history[0]);
        var e1 = Assert.IsType<PersonEnrolled>(history[1]);
        var e2 = Assert.IsType<PersonEnrolled>(history[2]);
        Assert.Equal((id, b, Start.AddDays(1), Sex.M, AgeBand.From26To49), (e1.Cohort, e1.Person, e1.On, e1.Sex, e1.AgeBand));
        Assert.Equal((a, Start.AddDays(2), Sex.F), (e2.Person, e2.EnrolledOn, e2.Sex));
        Assert.Equal(new PersonWithdrawn(id, b, Start.AddMonths(7).AddDays(1), "job"), history[3]);
        Assert.Equal(Start.AddMonths(7).AddDays(1), history[3].On);
        Assert.Equal(new ExamRecorded(id, a, Start.AddMonths(7), ExamResult.Passed, "ccp1"), history[4]);
        Assert.Equal(Start.AddMonths(7), history[4].On);
        Assert.Equal(new CohortClosed(id, k.End), history[5]);
        Assert.Equal(k.End, history[5].On);
        var f = (await h.Cohorts.FunnelAsync(id)).Counts;
        Assert.Equal((2, 1, 1, 1), (f.Enrolled, f.UnderJustice, f.Women, f.Followed));
    }

    [Fact]
    public async Task Events_come_by_cohort_start_then_id_then_the_outcomes_by_person_and_skip_planned_cohorts()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("z"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("late"), "aqi-test", Start.AddDays(7));
        await h.Cohorts.OpenAsync(new CohortId("a"), "aqi-test", Start);
        await h.Scope().GetRequiredService<IRepository<Cohort>>().AddAsync(new Cohort(new CohortId("planned"), TestPrograms.Aqi, "test-site", Start.AddDays(-30)));
        var q = await h.PersonAsync("q");
        var p = await h.PersonAsync("p");
        await h.Cohorts.RecordOutcomeAsync(q, Start.AddMonths(9), OutcomeKind.ShortJob);
        await h.Cohorts.RecordOutcomeAsync(p, Start.AddMonths(9), OutcomeKind.Training);
        await h.Cohorts.RecordOutcomeAsync(q, Start.AddMonths(10), OutcomeKind.PermanentJob);
        var events = await h.Cohorts.EventsAsync();
        Assert.Equal(["a", "z", "late"], events.OfType<CohortOpened>().Select(o => o.Cohort.Value));
        Assert.Equal(
            [new OutcomeRecorded(p, Start.AddMonths(9), OutcomeKind.Training), new OutcomeRecorded(q, Start.AddMonths(9), OutcomeKind.ShortJob), new OutcomeRecorded(q, Start.AddMonths(10), OutcomeKind.PermanentJob)],
            events.OfType<OutcomeRecorded>());
        Assert.Equal(Start.AddMonths(10), events[^1].On);
        Assert.Equal(3, (await h.Cohorts.FunnelBySiteAndYearAsync()).Single().Cohorts);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.FunnelAsync(new CohortId("planned")));
    }

    [Fact]
    public async Task A_cohort_list_is_the_site_cohorts_by_start_then_id()
    {
        using var h = new TestHost();
        await h.Cohorts.OpenAsync(new CohortId("k3"), "aqi-test", Start.AddDays(14));
        await h.Cohorts.OpenAsync(new CohortId("k2"), "aqi-test", Start);
        await h.Cohorts.OpenAsync(new CohortId("other"), "aqi-other", Start);
        await h.Cohorts.OpenAsync(new CohortId("k1"), "aqi-blocks", Start);
        Assert.Equal(["k1", "k2", "k3"], (await h.Cohorts.ListOfSiteAsync("test-site")).Select(c => c.Key));
        Assert.Equal(["other"], (await h.Cohorts.ListOfSiteAsync("other-site")).Select(c => c.Key));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Cohorts.ListOfSiteAsync(" "));
    }

    [Fact]
    public async Task Each_outcome_of_a_person_is_stored_and_counts_in_the_funnel()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start);
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.RecordOutcomeAsync(a, k.End, OutcomeKind.Training));
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.RecordOutcomeAsync(a, k.End, OutcomeKind.ShortJob));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await h.Cohorts.RecordOutcomeAsync(a, k.End, OutcomeKind.ShortJob));
        Assert.Equal(2, (await h.Cohorts.EventsAsync()).OfType<OutcomeRecorded>().Count());
        Assert.Equal(1, (await h.Cohorts.FunnelAsync(id)).Counts.EmployedWithin1Month);
    }

    [Fact]
    public async Task The_funnel_of_a_cohort_reads_only_its_members_outcomes()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        var k = await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var empty = await h.Cohorts.OpenAsync(new CohortId("empty"), "aqi-test", Start);
        var a = await h.PersonAsync("a");
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(id, a, Start);
        await h.Cohorts.RecordOutcomeAsync(b, k.End, OutcomeKind.PermanentJob);
        var f = await h.Cohorts.FunnelAsync(id);
        Assert.Equal((id, "test-site", new ProgrammeId("aqi-test"), Start, k.End), (f.Cohort, f.SiteId, f.Programme, f.Start, f.End));
        Assert.Equal((1, 0), (f.Counts.Enrolled, f.Counts.EmployedWithin1Month));
        Assert.Equal(new FunnelCounts(), (await h.Cohorts.FunnelAsync(empty.Id)).Counts);
    }
}
