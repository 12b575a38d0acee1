using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// The alternance planner's rules (DOMAIN.md §1, Amiens: week-by-week alternance on two sites, an
/// in-company placement of 6 to 8 weeks at least, the exam): placement bounds and fit, the exam week,
/// safety inductions, the layout chosen (fewest full weeks, then most production needs met, then the
/// latest placement, the shortest, the lowest phase), and the person calendars (double booking,
/// personal time windows). Each conflict is reported, never hidden.
/// </summary>
public sealed class AlternancePlannerRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5); // a Monday
    private static readonly AlternancePlanner Planner = new();

    private static PlanningRequest Request(params CohortToPlan[] cohorts) => new()
    {
        SiteId = "amiens",
        Period = new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)),
        Locations = [new("kitchen", "Kitchen", 1), new("afec", "AFEC", 1)],
        Cohorts = cohorts,
        Calendar = WorkingCalendar.Weekdays(),
    };

    private static CohortToPlan Cohort(string id, ProgrammeDefinition? p = null, DateOnly? start = null, params string[] people) =>
        new(new CohortId(id), p ?? TestPrograms.Aqi, start ?? Start, people.Select(x => new PersonId(x)).ToList());

    // One month from 2026-01-05 ends 2026-02-04: five working weeks (Jan 5, 12, 19, 26, Feb 2).
    private static ProgrammeDefinition OneMonth(int min, int max, int earliest = 0) =>
        TestPrograms.Aqi with { LengthMonths = 1, PlacementMinWeeks = min, PlacementMaxWeeks = max, PlacementEarliestWeek = earliest };

    private static string Roles(CohortPlan plan) => string.Concat(plan.Weeks.Select(w => w.Role switch
    {
        WeekRole.Induction => 'I',
        WeekRole.Placement => 'P',
        WeekRole.Exam => 'E',
        _ => 'R',
    }));

    [Theory]
    [InlineData(4, 4, 0, "PPPPE")]  // the placement fills every week before the exam
    [InlineData(3, 3, 0, "RPPPE")]  // the latest position: just before the exam
    [InlineData(0, 2, 0, "RRRPE")]  // no minimum: the shortest placement of one week
    [InlineData(2, 0, 0, "RRPPE")]  // a maximum below the minimum is the minimum
    [InlineData(2, 2, 2, "RRPPE")]  // the earliest week allowed is exactly where it fits
    [InlineData(0, 0, 0, "RRRRE")]  // no placement
    [InlineData(-2, 1, 0, "RRRPE")] // a negative minimum is none
    public void The_placement_lies_within_its_bounds_latest_and_shortest(int min, int max, int earliest, string roles)
    {
        var plan = Planner.Plan(Request(Cohort("k", OneMonth(min, max, earliest))));
        Assert.Empty(plan.Conflicts);
        Assert.Equal(roles, Roles(plan.Cohorts[0]));
        Assert.Equal(roles.Count(c => c == 'P'), plan.Cohorts[0].PlacementWeeks);
        Assert.All(plan.Cohorts[0].Weeks.Where(w => w.Role == WeekRole.Placement), w => Assert.Equal((ActivityKind.CompanyPlacement, (string?)null), (w.Activity, w.LocationId)));
    }

    [Theory]
    [InlineData(5, 5, 0)]  // longer than the four weeks before the exam
    [InlineData(2, 2, 3)]  // from week 4, two weeks pass the exam week
    public void A_placement_that_does_not_fit_is_reported_and_left_out(int min, int max, int earliest)
    {
        var plan = Planner.Plan(Request(Cohort("k", OneMonth(min, max, earliest))));
        var c = Assert.Single(plan.Conflicts);
        Assert.Equal((PlanConflictKind.PlacementDoesNotFit, new CohortId("k")), (c.Kind, c.Cohort));
        Assert.Equal("RRRRE", Roles(plan.Cohorts[0]));
        Assert.Equal(0, plan.Cohorts[0].PlacementWeeks);
    }

    [Fact]
    public void The_exam_is_in_the_last_week_when_there_is_a_certification_or_when_asked()
    {
        var none = Planner.Plan(Request(Cohort("k", OneMonth(0, 0) with { Certification = null })));
        Assert.Equal("RRRRR", Roles(none.Cohorts[0]));
        var asked = Planner.Plan(Request(Cohort("k", OneMonth(0, 0) with { Certification = null, ExamInLastWeek = true })));
        Assert.Equal("RRRRE", Roles(asked.Cohorts[0]));
        Assert.Equal((ActivityKind.Exam, "afec"), (asked.Cohorts[0].Weeks[^1].Activity, asked.Cohorts[0].Weeks[^1].LocationId));
        var refused = Planner.Plan(Request(Cohort("k", OneMonth(0, 0) with { ExamInLastWeek = false })));
        Assert.Equal("RRRRR", Roles(refused.Cohorts[0]));
    }

    [Fact]
    public void The_rotation_repeats_from_its_phase_and_an_empty_rotation_is_a_collective_workshop()
    {
        var plan = Planner.Plan(Request(Cohort("k", OneMonth(0, 0))));
        Assert.Equal(
            [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production, ActivityKind.PracticalTraining, ActivityKind.Exam],
            plan.Cohorts[0].Weeks.Select(w => w.Activity));
        Assert.Equal(["kitchen", "afec", "kitchen", "kitchen", "afec"], plan.Cohorts[0].Weeks.Select(w => w.LocationId));
        var empty = Planner.Plan(Request(Cohort("k", OneMonth(0, 0) with { Rotation = [], Certification = null })));
        Assert.All(empty.Cohorts[0].Weeks, w => Assert.Equal((ActivityKind.CollectiveWorkshop, (string?)null, false), (w.Activity, w.LocationId, w.IsFallback)));
    }

    [Fact]
    public void Safety_inductions_come_first_one_per_location_used_in_id_order()
    {
        var r = Request(Cohort("k", OneMonth(0, 0))) with
        {
            LocationConstraints = [new SafetyInductionRequired("kitchen", "knives"), new SafetyInductionRequired("garage", "lifts"), new SafetyInductionRequired("afec", "rules"), new SafetyInductionRequired("kitchen", "again")],
        };
        var plan = Planner.Plan(r);
        Assert.Empty(plan.Conflicts);
        var weeks = plan.Cohorts[0].Weeks;
        Assert.Equal("IIRRE", Roles(plan.Cohorts[0]));
        Assert.Equal([("afec", ActivityKind.SafetyInduction), ("kitchen", ActivityKind.SafetyInduction)], weeks.Take(2).Select(w => (w.LocationId!, w.Activity)));
        // The rotation starts after the inductions, at its first activity.
        Assert.Equal([ActivityKind.PracticalTraining, ActivityKind.Theory], weeks.Skip(2).Take(2).Select(w => w.Activity));
    }

    [Fact]
    public void The_placement_starts_after_the_inductions()
    {
        var r = Request(Cohort("k", OneMonth(4, 4))) with { LocationConstraints = [new SafetyInductionRequired("kitchen", "knives")] };
        var plan = Planner.Plan(r);
        Assert.Equal(PlanConflictKind.PlacementDoesNotFit, Assert.Single(plan.Conflicts).Kind);
        var fits = Planner.Plan(Request(Cohort("k", OneMonth(3, 3))) with { LocationConstraints = [new SafetyInductionRequired("kitchen", "knives")] });
        Assert.Empty(fits.Conflicts);
        Assert.Equal("IPPPE", Roles(fits.Cohorts[0]));
    }

    [Fact]
    public void A_cohort_shorter_than_its_inductions_takes_no_exam()
    {
        // One week of life (2026-01-05 + 1 month would be five weeks: a half-month programme does not exist, so
        // cut the calendar to one working week instead).
        var r = Request(Cohort("k", OneMonth(0, 0))) with
        {
            Calendar = WorkingCalendar.Weekdays(closures: [new DateRange(new DateOnly(2026, 1, 12), new DateOnly(2026, 2, 28))]),
            LocationConstraints = [new SafetyInductionRequired("kitchen", "knives")],
        };
        var plan = Planner.Plan(r);
        Assert.Equal("I", Roles(plan.Cohorts[0]));
    }

    [Fact]
    public void A_failed_safety_induction_turns_every_later_week_at_its_location_into_a_reported_fallback()
    {
        var r = Request(Cohort("k", OneMonth(0, 0))) with
        {
            LocationConstraints =
            [
                new SafetyInductionRequired("kitchen", "knives"),
                new LocationCapacityChange("kitchen", IsoWeek.Of(Start), IsoWeek.Of(Start), 0, "works"),
            ],
        };
        var plan = Planner.Plan(r);
        var weeks = plan.Cohorts[0].Weeks;
        Assert.True(weeks[0].IsFallback);
        Assert.Equal(PlanConflictKind.LocationFull, plan.Conflicts[0].Kind);
        var kitchenWeeks = weeks.Skip(1).Where(w => w.Role == WeekRole.Rotation && w.Activity != ActivityKind.Theory && w.IsFallback).ToList();
        Assert.NotEmpty(kitchenWeeks);
        Assert.Equal(kitchenWeeks.Count, plan.Conflicts.Count(c => c.Kind == PlanConflictKind.NoSafetyInduction));
        Assert.All(plan.Conflicts.Where(c => c.Kind == PlanConflictKind.NoSafetyInduction), c => Assert.Equal("kitchen", c.LocationId));
        Assert.All(weeks.Where(w => w.Activity == ActivityKind.Theory || w.Activity == ActivityKind.Exam), w => Assert.False(w.IsFallback));
    }

    [Fact]
    public void A_closed_location_moves_the_placement_and_the_phase_so_that_no_week_is_full()
    {
        // The kitchen is closed the first two weeks; two rotation weeks in a row always touch the kitchen,
        // so the latest layout without a full week puts the placement from week 2 and theory in week 1.
        var p = TestPrograms.Aqi with { PlacementEarliestWeek = 0 };
        var r = Request(Cohort("k", p)) with
        {
            LocationConstraints = [new LocationCapacityChange("kitchen", IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(7)), 0, "works")],
        };
        var plan = Planner.Plan(r);
        Assert.Empty(plan.Conflicts);
        var c = plan.Cohorts[0];
        Assert.Equal((1, 6), (c.RotationPhase, c.PlacementWeeks));
        Assert.Equal(ActivityKind.Theory, c.Weeks[0].Activity);
        Assert.Equal(WeekRole.Placement, c.Weeks[1].Role);
        Assert.Equal(WeekRole.Rotation, c.Weeks[7].Role);
        Assert.Equal(ActivityKind.Production, c.Weeks[7].Activity);
    }

    [Fact]
    public void The_layout_meets_a_seasonal_production_need_when_it_can()
    {
        var week2 = IsoWeek.Of(Start.AddDays(7));
        var r = Request(Cohort("k", OneMonth(0, 0))) with { LocationConstraints = [new SeasonalProductionNeed("kitchen", week2, week2, 1, "harvest")] };
        var plan = Planner.Plan(r);
        Assert.Empty(plan.Conflicts);
        Assert.Equal(1, plan.Cohorts[0].RotationPhase);
        Assert.Equal((ActivityKind.Production, "kitchen"), (plan.Cohorts[0].Weeks[1].Activity, plan.Cohorts[0].Weeks[1].LocationId));
    }

    [Fact]
    public void An_unmet_production_need_is_reported_per_working_week_of_the_period_only()
    {
        var r = Request(Cohort("k", OneMonth(0, 0))) with
        {
            Calendar = WorkingCalendar.Weekdays(closures: [new DateRange(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 16))]),
            LocationConstraints = [new SeasonalProductionNeed("kitchen", IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(21)), 2, "harvest")],
        };
        var plan = Planner.Plan(r);
        var unmet = plan.Conflicts.Where(c => c.Kind == PlanConflictKind.UnmetProductionNeed).ToList();
        // Weeks of Jan 5, 19 and 26 (Jan 12 is closed): a group in production is fewer than the 2 wanted.
        Assert.Equal([IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(14)), IsoWeek.Of(Start.AddDays(21))], unmet.Select(c => c.Week!.Value));
        Assert.All(unmet, c => Assert.Equal("kitchen", c.LocationId));
        Assert.Equal(unmet.Count, plan.Conflicts.Count);
    }

    [Fact]
    public void A_need_at_a_location_the_site_does_not_have_is_reported_as_unmet()
    {
        var r = Request(Cohort("k", OneMonth(0, 0))) with { LocationConstraints = [new SeasonalProductionNeed("orchard", IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(7)), 1, "apples")] };
        var plan = Planner.Plan(r);
        Assert.Equal([IsoWeek.Of(Start), IsoWeek.Of(Start.AddDays(7))], plan.Conflicts.Select(c => c.Week!.Value));
        Assert.All(plan.Conflicts, c => Assert.Equal((PlanConflictKind.UnmetProductionNeed, "orchard"), (c.Kind, c.LocationId)));
    }

    [Fact]
    public void A_capacity_change_that_began_before_the_first_cohort_applies_from_its_first_week()
    {
        var p = TestPrograms.Aqi with { PlacementEarliestWeek = 0 };
        var r = Request(Cohort("k", p)) with
        {
            LocationConstraints = [new LocationCapacityChange("kitchen", IsoWeek.Of(Start.AddDays(-70)), IsoWeek.Of(Start.AddDays(7)), 0, "works")],
        };
        var c = Planner.Plan(r).Cohorts[0];
        Assert.Equal((1, 6, ActivityKind.Theory), (c.RotationPhase, c.PlacementWeeks, c.Weeks[0].Activity));
    }

    [Fact]
    public void A_need_outside_every_cohort_reports_nothing()
    {
        var far = IsoWeek.Of(new DateOnly(2027, 6, 7));
        var r = Request(Cohort("k", OneMonth(0, 0))) with { LocationConstraints = [new SeasonalProductionNeed("kitchen", far, far, 1, "harvest")] };
        Assert.Empty(Planner.Plan(r).Conflicts);
    }

    [Fact]
    public void An_activity_set_at_a_location_the_site_does_not_have_falls_back_every_week_and_is_reported()
    {
        var p = OneMonth(0, 0) with { LocationOf = new Dictionary<ActivityKind, string> { [ActivityKind.Theory] = "nowhere", [ActivityKind.PracticalTraining] = "kitchen" } };
        var plan = Planner.Plan(Request(Cohort("k", p)));
        var theory = plan.Cohorts[0].Weeks.Where(w => w.IsFallback).ToList();
        Assert.NotEmpty(theory);
        Assert.All(theory, w => Assert.Equal((ActivityKind.CollectiveWorkshop, (string?)null), (w.Activity, w.LocationId)));
        Assert.Equal(theory.Count, plan.Conflicts.Count);
        Assert.All(plan.Conflicts, c => Assert.Equal((PlanConflictKind.LocationFull, "nowhere"), (c.Kind, c.LocationId)));
        Assert.All(plan.Conflicts, c => Assert.Contains("not a location of site amiens", c.Cause, StringComparison.Ordinal));
        // Production and the exam have no location here: they take place without a reserved place.
        Assert.Contains(plan.Cohorts[0].Weeks, w => w.Activity == ActivityKind.Production && w.LocationId is null && !w.IsFallback);
    }

    [Fact]
    public void A_second_group_fits_where_a_location_takes_two_groups()
    {
        var r = Request(Cohort("k1"), Cohort("k2")) with { Locations = [new("kitchen", "Kitchen", 2), new("afec", "AFEC", 2)] };
        var plan = Planner.Plan(r);
        Assert.Empty(plan.Conflicts);
        var raised = Request(Cohort("k1"), Cohort("k2")) with
        {
            LocationConstraints =
            [
                new LocationCapacityChange("kitchen", IsoWeek.Of(Start), IsoWeek.Of(Start.AddMonths(9)), 2, "second room"),
                new LocationCapacityChange("afec", IsoWeek.Of(Start), IsoWeek.Of(Start.AddMonths(9)), 2, "second room"),
            ],
        };
        Assert.Empty(Planner.Plan(raised).Conflicts);
        Assert.NotEmpty(Planner.Plan(Request(Cohort("k1"), Cohort("k2"))).Conflicts);
    }

    [Fact]
    public void A_location_listed_twice_keeps_its_first_capacity_and_a_negative_one_is_zero()
    {
        var twice = Request(Cohort("k1"), Cohort("k2")) with { Locations = [new("kitchen", "Kitchen", 2), new("afec", "AFEC", 2), new("kitchen", "Kitchen bis", 1)] };
        Assert.Empty(Planner.Plan(twice).Conflicts);
        var named = Planner.Plan(Request(Cohort("k1"), Cohort("k2")) with { Locations = [new("kitchen", "Kitchen", 1), new("afec", "AFEC", 2), new("kitchen", "Kitchen bis", 5)] });
        Assert.NotEmpty(named.Conflicts);
        Assert.All(named.Conflicts, c => Assert.Contains("Kitchen takes 1 group(s) that week, already taken by k1", c.Cause, StringComparison.Ordinal));
        var negative = Request(Cohort("k", OneMonth(0, 0))) with { Locations = [new("kitchen", "Kitchen", -3), new("afec", "AFEC", 1)] };
        var plan = Planner.Plan(negative);
        Assert.Equal(plan.Cohorts[0].Weeks.Count(w => w.IsFallback), plan.Conflicts.Count);
        Assert.All(plan.Conflicts, c => Assert.Equal("kitchen", c.LocationId));
        // The kitchen takes nobody: the phase with the fewest kitchen weeks (theory first) leaves two.
        Assert.Equal((2, 1), (plan.Conflicts.Count, plan.Cohorts[0].RotationPhase));
    }

    [Fact]
    public void Cohorts_are_planned_by_start_then_id_and_the_earlier_one_keeps_the_location()
    {
        var plan = Planner.Plan(Request(Cohort("b", OneMonth(0, 0)), Cohort("a", OneMonth(0, 0))));
        Assert.Equal(["a", "b"], plan.Cohorts.Select(c => c.Cohort.Value));
        Assert.DoesNotContain(plan.Cohorts[0].Weeks, w => w.IsFallback);
        Assert.All(plan.Conflicts, c => Assert.Equal(new CohortId("b"), c.Cohort));
        Assert.Contains("already taken by a", plan.Conflicts[0].Cause, StringComparison.Ordinal);
        var later = Planner.Plan(Request(Cohort("a", OneMonth(0, 0), Start.AddDays(7)), Cohort("b", OneMonth(0, 0))));
        Assert.Equal(["b", "a"], later.Cohorts.Select(c => c.Cohort.Value));
    }

    [Fact]
    public void Only_cohorts_sharing_a_day_with_the_period_are_planned_and_their_weeks_are_cut_to_it()
    {
        var period = new DateRange(new DateOnly(2026, 1, 7), new DateOnly(2026, 2, 28));
        var r = Request(
            Cohort("before", OneMonth(0, 0), new DateOnly(2025, 12, 6)),   // ends 2026-01-05
            Cohort("touch", OneMonth(0, 0), new DateOnly(2025, 12, 8)),    // ends 2026-01-07
            Cohort("inside", OneMonth(0, 0)),
            Cohort("last", OneMonth(0, 0), new DateOnly(2026, 2, 28)),     // starts on the last day (a Saturday)
            Cohort("after", OneMonth(0, 0), new DateOnly(2026, 3, 1))) with { Period = period };
        var plan = Planner.Plan(r);
        Assert.Equal(["touch", "inside", "last"], plan.Cohorts.Select(c => c.Cohort.Value));
        var touch = plan.Cohorts[0].Weeks;
        Assert.Equal([new DateOnly(2026, 1, 7)], Assert.Single(touch).WorkingDays);
        var inside = plan.Cohorts[1].Weeks;
        Assert.Equal([new DateOnly(2026, 1, 7), new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 9)], inside[0].WorkingDays);
        Assert.Equal(5, inside.Count);
        Assert.Empty(plan.Cohorts[2].Weeks);
    }

    [Fact]
    public void A_person_in_two_cohorts_at_once_keeps_the_first_cohort_day_and_the_later_one_is_reported()
    {
        var plan = Planner.Plan(Request(Cohort("k1", OneMonth(0, 0), null, "p"), Cohort("k2", OneMonth(0, 0), Start.AddDays(14), "p", "q")) with
        {
            Locations = [new("kitchen", "Kitchen", 2), new("afec", "AFEC", 2)],
        });
        var p = plan.People.Single(x => x.Person == new PersonId("p"));
        var k1Days = p.Entries.Where(e => e.Cohort == new CohortId("k1")).SelectMany(e => e.Days).ToList();
        Assert.Equal(plan.Cohorts[0].Weeks.SelectMany(w => w.WorkingDays), k1Days);
        var doubled = plan.Conflicts.Where(c => c.Kind == PlanConflictKind.PersonDoubleBooked).ToList();
        // k1 runs to 2026-02-04; k2 from 2026-01-19: 13 working days shared.
        Assert.Equal(13, doubled.Count);
        Assert.All(doubled, c => Assert.Equal((new PersonId("p"), new CohortId("k2")), (c.Person!.Value, c.Cohort!.Value)));
        Assert.All(doubled, c => Assert.Contains("already in cohort k1", c.Cause, StringComparison.Ordinal));
        Assert.DoesNotContain(p.Entries.Where(e => e.Cohort == new CohortId("k2")).SelectMany(e => e.Days), d => d <= new DateOnly(2026, 2, 4));
        var q = plan.People.Single(x => x.Person == new PersonId("q"));
        Assert.Equal(plan.Cohorts[1].Weeks.SelectMany(w => w.WorkingDays), q.Entries.SelectMany(e => e.Days));
        Assert.Equal(["p", "q"], plan.People.Select(x => x.Person.Value));
        Assert.Equal(p.Entries.OrderBy(e => e.Week).ThenBy(e => e.Days[0]).Select(e => e.Days[0]), p.Entries.Select(e => e.Days[0]));
    }

    [Theory]
    [InlineData(9, 0, 16, 30, true)]   // exactly the activity hours
    [InlineData(8, 0, 18, 0, true)]
    [InlineData(9, 1, 16, 30, false)]  // starts after the activity
    [InlineData(9, 0, 16, 29, false)]  // ends before it
    public void A_personal_time_window_keeps_the_days_it_covers(int fromH, int fromM, int toH, int toM, bool kept)
    {
        var window = new DateRange(new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 7));
        var r = Request(Cohort("k", OneMonth(0, 0), null, "p")) with
        {
            PersonConstraints = [new PersonTimeWindow(new PersonId("p"), window, new TimeOnly(fromH, fromM), new TimeOnly(toH, toM))],
        };
        var plan = Planner.Plan(r);
        var days = plan.People.Single().Entries.SelectMany(e => e.Days).ToList();
        Assert.Equal(kept, days.Contains(new DateOnly(2026, 1, 6)));
        Assert.Equal(kept, days.Contains(new DateOnly(2026, 1, 7)));
        Assert.Contains(new DateOnly(2026, 1, 5), days);
        Assert.Contains(new DateOnly(2026, 1, 8), days);
        Assert.Equal(kept ? 0 : 2, plan.Conflicts.Count(c => c.Kind == PlanConflictKind.PersonUnavailable));
        Assert.All(plan.Conflicts, c => Assert.DoesNotContain("monitor", c.Cause, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_person_calendar_follows_the_cohort_weeks_with_their_activity_and_location()
    {
        var plan = Planner.Plan(Request(Cohort("k", OneMonth(0, 0), null, "p", "p")));
        var entries = Assert.Single(plan.People).Entries;
        Assert.Equal(
            plan.Cohorts[0].Weeks.Select(w => (w.Week, new CohortId("k"), w.Activity, w.LocationId, string.Join(",", w.WorkingDays))),
            entries.Select(e => (e.Week, e.Cohort, e.Activity, e.LocationId, string.Join(",", e.Days))));
        Assert.Equal(("amiens", new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31))), (plan.SiteId, plan.Period));
    }

    [Fact]
    public void An_empty_request_gives_an_empty_plan()
    {
        var plan = Planner.Plan(Request());
        Assert.Empty(plan.Cohorts);
        Assert.Empty(plan.People);
        Assert.Empty(plan.Conflicts);
        Assert.Throws<ArgumentNullException>(() => Planner.Plan(null!));
    }
}
