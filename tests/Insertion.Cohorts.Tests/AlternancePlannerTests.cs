using Ical.Net;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Examples of the alternance planner and of its iCalendar export.</summary>
public sealed class AlternancePlannerTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly SiteLocation Kitchen = new("kitchen", "Kitchen", 1);
    private static readonly SiteLocation Afec = new("afec", "AFEC", 1);

    private static PlanningRequest Request(IReadOnlyList<CohortToPlan> cohorts, IWorkingCalendar? calendar = null) => new()
    {
        SiteId = "amiens",
        Period = new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
        Locations = [Kitchen, Afec],
        Cohorts = cohorts,
        Calendar = calendar ?? WorkingCalendar.Weekdays([new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 1)]),
    };

    private static CohortToPlan Cohort(string id, DateOnly start, ProgrammeDefinition? p = null, params string[] people) =>
        new(new CohortId(id), p ?? TestPrograms.Aqi, start, people.Select(x => new PersonId(x)).ToList());

    [Fact]
    public void One_cohort_alternates_week_by_week_with_a_placement_before_the_exam()
    {
        var plan = new AlternancePlanner().Plan(Request([Cohort("k1", Start, null, "a")]));
        var weeks = Assert.Single(plan.Cohorts).Weeks;
        Assert.Empty(plan.Conflicts);
        Assert.Equal(ActivityKind.Exam, weeks[^1].Activity);
        var placement = weeks.Where(w => w.Role == WeekRole.Placement).ToList();
        Assert.Equal(6, placement.Count);
        Assert.Equal(weeks[^2].Week, placement[^1].Week);
        Assert.Equal([ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production], weeks.Take(3).Select(w => w.Activity));
    }

    [Fact]
    public void Public_holidays_are_removed_from_the_working_days_of_the_week()
    {
        var plan = new AlternancePlanner().Plan(Request([Cohort("k1", Start, null, "a")]));
        var easter = plan.Cohorts[0].Weeks.Single(w => w.Week == IsoWeek.Of(new DateOnly(2026, 4, 6)));
        Assert.Equal(4, easter.WorkingDays.Count);
        Assert.DoesNotContain(new DateOnly(2026, 4, 6), easter.WorkingDays);
    }

    [Fact]
    public void Overlapping_promotions_that_cannot_share_the_kitchen_are_reported_never_hidden()
    {
        var plan = new AlternancePlanner().Plan(Request([Cohort("k1", Start), Cohort("k2", Start.AddDays(7)), Cohort("k3", Start.AddDays(14))]));
        Assert.NotEmpty(plan.Conflicts);
        Assert.All(plan.Conflicts.Where(c => c.Kind == PlanConflictKind.LocationFull), c => Assert.Contains("already taken by", c.Cause, StringComparison.Ordinal));
        var fallbacks = plan.Cohorts.SelectMany(c => c.Weeks.Where(w => w.IsFallback).Select(w => (c.Cohort, w.Week))).ToList();
        Assert.Equal(fallbacks.Count, plan.Conflicts.Count(c => c.Kind == PlanConflictKind.LocationFull));
    }

    [Fact]
    public void A_mandatory_appointment_takes_the_day_out_of_the_person_calendar_and_is_reported()
    {
        var day = new DateOnly(2026, 1, 7);
        var r = Request([Cohort("k1", Start, null, "a", "b")]) with { PersonConstraints = [new MandatoryAppointment(new PersonId("a"), day)] };
        var plan = new AlternancePlanner().Plan(r);
        Assert.DoesNotContain(day, plan.People.Single(p => p.Person.Value == "a").Entries.SelectMany(e => e.Days));
        Assert.Contains(day, plan.People.Single(p => p.Person.Value == "b").Entries.SelectMany(e => e.Days));
        var c = Assert.Single(plan.Conflicts);
        Assert.Equal((PlanConflictKind.PersonUnavailable, day), (c.Kind, c.Day!.Value));
        Assert.DoesNotContain("monitor", c.Cause, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_seasonal_production_need_left_unmet_is_reported()
    {
        var r = Request([Cohort("k1", Start)]) with
        {
            LocationConstraints = [new SeasonalProductionNeed("kitchen", IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(14)), 2, "harvest")],
        };
        var plan = new AlternancePlanner().Plan(r);
        Assert.Equal(3, plan.Conflicts.Count(c => c.Kind == PlanConflictKind.UnmetProductionNeed));
    }

    [Fact]
    public void The_icalendar_export_has_one_event_per_activity_block_and_is_deterministic()
    {
        var plan = new AlternancePlanner().Plan(Request([Cohort("k1", Start, null, "a")]));
        var stamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ics = PlanICalendar.ForCohort(plan, new CohortId("k1"), stamp);
        Assert.Equal(ics, PlanICalendar.ForCohort(plan, new CohortId("k1"), stamp));
        var parsed = Calendar.Load(ics)!;
        var blocks = PlanICalendar.Blocks(plan.Cohorts[0].Weeks.Select(w => (w.Activity, w.LocationId, w.WorkingDays)));
        Assert.Equal(blocks.Count, parsed.Events.Count);
        // The Easter Monday week is one block (Tue–Fri); a week without holiday is one block (Mon–Fri).
        Assert.Equal(plan.Cohorts[0].Weeks.Count, blocks.Count);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20260105", ics, StringComparison.Ordinal);
        var person = PlanICalendar.ForPerson(plan, new PersonId("a"), stamp);
        Assert.Equal(blocks.Count, Calendar.Load(person)!.Events.Count);
    }

    [Fact]
    public async Task A_request_for_a_site_plugin_takes_the_people_taking_part()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b"), Start);
        await h.Cohorts.WithdrawAsync(id, new PersonId("b"), Start.AddDays(3), "left");
        var r = PlanningRequest.ForSite(new TestSite(), await h.Cohorts.ListOfSiteAsync("test-site"), new DateRange(Start, Start.AddYears(1)), WorkingCalendar.Weekdays());
        Assert.Equal([new PersonId("a")], Assert.Single(r.Cohorts).People);
    }
}
