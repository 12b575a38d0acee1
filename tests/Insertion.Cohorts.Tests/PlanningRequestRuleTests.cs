using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// What the planner is asked: a site plugin's cohorts that share a day with the period, each with the
/// people taking part, on the site's calendar (public holidays of its region, its closures).
/// </summary>
public sealed class PlanningRequestRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task A_site_request_takes_its_own_cohorts_that_share_a_day_with_the_period()
    {
        using var h = new TestHost();
        var inside = await h.Cohorts.OpenAsync(new CohortId("inside"), "aqi-blocks", Start);
        var touching = await h.Cohorts.OpenAsync(new CohortId("touching"), "aqi-test", Start.AddYears(1));
        await h.Cohorts.OpenAsync(new CohortId("after"), "aqi-test", Start.AddYears(1).AddDays(1));
        var before = await h.Cohorts.OpenAsync(new CohortId("before"), "aqi-short", Start.AddMonths(-3));
        await h.Cohorts.OpenAsync(new CohortId("other"), "aqi-other", Start);
        var all = new List<Cohort>();
        all.AddRange(await h.Cohorts.ListOfSiteAsync("test-site"));
        all.AddRange(await h.Cohorts.ListOfSiteAsync("other-site"));
        var period = new DateRange(before.End.AddDays(1), Start.AddYears(1));
        var r = PlanningRequest.ForSite(new TestSite(), all, period, WorkingCalendar.Weekdays());
        Assert.Equal(["inside", "touching"], r.Cohorts.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(("test-site", period), (r.SiteId, r.Period));
        Assert.Equal(new TestSite().Locations, r.Locations);
        var c = r.Cohorts.Single(x => x.Id == inside.Id);
        Assert.Equal(("aqi-blocks", Start, inside.End), (c.Programme.Id, c.Start, c.End));
        Assert.Empty(r.LocationConstraints);
        Assert.Empty(r.PersonConstraints);
        Assert.Equal(touching.Start, r.Cohorts.Single(x => x.Id == touching.Id).Start);
    }

    [Fact]
    public void A_cohort_of_a_programme_the_site_no_longer_offers_is_left_out()
    {
        var k = new Cohort(new CohortId("k"), TestPrograms.Aqi with { Id = "retired" }, "test-site", Start);
        var r = PlanningRequest.ForSite(new TestSite(), [k], new DateRange(Start, Start.AddYears(1)), WorkingCalendar.Weekdays());
        Assert.Empty(r.Cohorts);
        Assert.Throws<ArgumentNullException>(() => PlanningRequest.ForSite(null!, [k], new DateRange(Start, Start), WorkingCalendar.Weekdays()));
        Assert.Throws<ArgumentNullException>(() => PlanningRequest.ForSite(new TestSite(), null!, new DateRange(Start, Start), WorkingCalendar.Weekdays()));
    }

    [Fact]
    public void A_site_request_without_a_calendar_uses_the_site_french_calendar()
    {
        var r = PlanningRequest.ForSite(new TestSite(), [], new DateRange(Start, Start.AddYears(1)));
        Assert.False(r.Calendar.IsWorkingDay(new DateOnly(2026, 5, 1)));   // Fête du travail
        Assert.False(r.Calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));  // a Saturday
        Assert.True(r.Calendar.IsWorkingDay(new DateOnly(2026, 5, 4)));
    }

    [Fact]
    public void A_cohort_to_plan_ends_its_programme_length_date_a_date_after_its_start()
    {
        var c = new CohortToPlan(new CohortId("k"), TestPrograms.Aqi with { LengthMonths = 1 }, new DateOnly(2026, 1, 31), []);
        Assert.Equal(new DateOnly(2026, 2, 28), c.End);
    }

    [Fact]
    public void Weekdays_are_monday_to_friday_minus_holidays_and_closures()
    {
        var holiday = new DateOnly(2026, 1, 7);
        var closure = new DateRange(new DateOnly(2026, 1, 13), new DateOnly(2026, 1, 14));
        var cal = WorkingCalendar.Weekdays([holiday], [closure]);
        var working = new DateRange(Start, new DateOnly(2026, 1, 18)).Days().Where(cal.IsWorkingDay).Select(d => d.Day);
        Assert.Equal([5, 6, 8, 9, 12, 15, 16], working);
        var plain = WorkingCalendar.Weekdays();
        Assert.True(plain.IsWorkingDay(holiday));
        Assert.False(plain.IsWorkingDay(new DateOnly(2026, 1, 11)));
    }

    [Fact]
    public void A_calendar_from_a_function_asks_the_function()
    {
        var cal = WorkingCalendar.From(d => d.Day % 2 == 0);
        Assert.True(cal.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.False(cal.IsWorkingDay(new DateOnly(2026, 1, 11)));
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.From(null!));
    }
}
