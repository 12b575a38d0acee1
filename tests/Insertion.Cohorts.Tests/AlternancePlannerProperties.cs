using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>The planner's hard guarantees, on random sites, programmes, cohorts and constraints.</summary>
public sealed class AlternancePlannerProperties
{
    private static readonly AlternancePlanner Planner = new();

    private static Property ForAll(Func<PlanningRequest, AlternancePlan, bool> check) =>
        Prop.ForAll(PlanningGenerators.Requests.ToArbitrary(), r => check(r, Planner.Plan(r)));

    [Property(MaxTest = 200)]
    public Property No_location_is_above_its_capacity_in_any_week() => ForAll((r, plan) =>
        plan.Cohorts.SelectMany(c => c.Weeks).Where(w => w.LocationId is not null)
            .GroupBy(w => (w.LocationId!, w.Week))
            .All(g => g.Count() <= PlanningGenerators.CapacityOf(r, g.Key.Item1, g.Key.Week)));

    [Property(MaxTest = 200)]
    public Property No_person_is_in_two_places_at_once() => ForAll((_, plan) =>
        plan.People.All(p => p.Entries.SelectMany(e => e.Days).GroupBy(d => d).All(g => g.Count() == 1)));

    [Property(MaxTest = 200)]
    public Property Every_cohort_week_with_working_days_has_exactly_one_activity() => ForAll((r, plan) =>
        r.Cohorts.All(c =>
        {
            var expected = new DateRange(c.Start, c.End).Days().Where(d => r.Calendar.IsWorkingDay(d) && r.Period.Contains(d))
                .GroupBy(IsoWeek.Of).Select(g => (g.Key, string.Join(",", g))).ToList();
            var weeks = plan.Cohorts.Single(p => p.Cohort == c.Id).Weeks;
            return weeks.Select(w => (w.Week, string.Join(",", w.WorkingDays))).SequenceEqual(expected);
        }));

    [Property(MaxTest = 200)]
    public Property Placements_are_contiguous_and_within_the_programme_bounds() => ForAll((r, plan) =>
        plan.Cohorts.All(c =>
        {
            var idx = c.Weeks.Select((w, i) => (w, i)).Where(x => x.w.Role == WeekRole.Placement).Select(x => x.i).ToList();
            var min = Math.Max(1, c.Programme.PlacementMinWeeks);
            var max = Math.Max(c.Programme.PlacementMinWeeks, c.Programme.PlacementMaxWeeks);
            if (max == 0)
            {
                return idx.Count == 0;
            }
            if (idx.Count == 0)
            {
                return plan.Conflicts.Any(x => x.Kind == PlanConflictKind.PlacementDoesNotFit && x.Cohort == c.Cohort);
            }
            return idx.Count == c.PlacementWeeks && idx[^1] - idx[0] + 1 == idx.Count && idx.Count >= min && idx.Count <= max
                && c.Weeks.Where(w => w.Role == WeekRole.Placement).All(w => w.Activity == ActivityKind.CompanyPlacement && !w.IsFallback);
        }));

    [Property(MaxTest = 200)]
    public Property The_rotation_pattern_holds_outside_reported_conflicts() => ForAll((r, plan) =>
        plan.Cohorts.All(c =>
        {
            var rotation = c.Programme.Rotation.Count > 0 ? c.Programme.Rotation : [ActivityKind.CollectiveWorkshop];
            var rot = c.Weeks.Where(w => w.Role == WeekRole.Rotation).ToList();
            return rot.Select((w, k) => (w, k)).All(x =>
                x.w.IsFallback
                    ? x.w.Activity == ActivityKind.CollectiveWorkshop && x.w.LocationId is null
                        && plan.Conflicts.Any(f => f.Cohort == c.Cohort && f.Week == x.w.Week)
                    : x.w.Activity == rotation[(c.RotationPhase + x.k) % rotation.Count]);
        }));

    [Property(MaxTest = 200)]
    public Property Safety_induction_comes_before_any_week_at_its_location() => ForAll((r, plan) =>
        r.LocationConstraints.OfType<SafetyInductionRequired>().All(ind => plan.Cohorts.All(c =>
        {
            var first = c.Weeks.ToList().FindIndex(w => w.LocationId == ind.LocationId);
            return first < 0 || (c.Weeks[first].Activity == ActivityKind.SafetyInduction && c.Weeks[first].Role == WeekRole.Induction);
        })));

    [Property(MaxTest = 100)]
    public Property The_plan_is_deterministic() => ForAll((r, plan) =>
        PlanningGenerators.Dump(plan) == PlanningGenerators.Dump(new AlternancePlanner().Plan(r with { Cohorts = r.Cohorts.Reverse().ToList() })));

    [Property(MaxTest = 100)]
    public Property Every_missing_person_day_is_reported() => ForAll((r, plan) =>
        r.Cohorts.SelectMany(c => c.People.Distinct().Select(p => (c, p))).All(x =>
        {
            var weeks = plan.Cohorts.Single(k => k.Cohort == x.c.Id).Weeks;
            var days = plan.People.SingleOrDefault(p => p.Person == x.p)?.Entries.Where(e => e.Cohort == x.c.Id).SelectMany(e => e.Days).ToHashSet() ?? [];
            return weeks.SelectMany(w => w.WorkingDays).Where(d => !days.Contains(d))
                .All(d => plan.Conflicts.Any(f => f.Person == x.p && f.Cohort == x.c.Id && f.Day == d));
        }));
}
