using FsCheck;
using FsCheck.Fluent;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Random sites, programmes, cohorts, calendars and constraints for the planner's properties.</summary>
internal static class PlanningGenerators
{
    private static readonly ActivityKind[] RotationKinds =
        [ActivityKind.PracticalTraining, ActivityKind.Theory, ActivityKind.Production, ActivityKind.CollectiveWorkshop];

    private static readonly DateOnly Base = new(2026, 1, 5);

    public static Gen<PlanningRequest> Requests =>
        from locCount in Gen.Choose(1, 3)
        from caps in Gen.Choose(0, 2).ListOf(locCount)
        from programmes in Programme(locCount).ListOf(2)
        from cohortCount in Gen.Choose(1, 4)
        from starts in Gen.Choose(0, 120).ListOf(cohortCount)
        from which in Gen.Choose(0, 1).ListOf(cohortCount)
        from people in Gen.Choose(0, 7).ListOf(4).ListOf(cohortCount)
        from holidays in Gen.Choose(0, 400).ListOf(8)
        from inductionAt in Gen.Choose(-1, locCount - 1)
        from capChangeLoc in Gen.Choose(-1, locCount - 1)
        from capChangeWeek in Gen.Choose(0, 40)
        from appointments in Gen.Choose(0, 300).ListOf(3)
        from windowPerson in Gen.Choose(-1, 7)
        select Build(caps, programmes, starts, which, people, holidays, inductionAt, capChangeLoc, capChangeWeek, appointments, windowPerson);

    private static Gen<ProgrammeDefinition> Programme(int locCount) =>
        from months in Gen.Choose(1, 8)
        from rotLen in Gen.Choose(1, 4)
        from rotation in Gen.Elements(RotationKinds).ListOf(rotLen)
        from locs in Gen.Choose(-1, locCount - 1).ListOf(RotationKinds.Length + 1)
        from minP in Gen.Choose(0, 6)
        from extra in Gen.Choose(0, 2)
        from cert in Gen.Elements(true, false)
        from earliest in Gen.Choose(0, 4)
        select new ProgrammeDefinition
        {
            Id = "p",
            Name = "p",
            LengthMonths = months,
            Capacity = 15,
            PlacementMinWeeks = minP,
            PlacementMaxWeeks = minP + extra,
            PlacementEarliestWeek = earliest,
            Rotation = rotation.ToList(),
            LocationOf = RotationKinds.Append(ActivityKind.Exam).Select((k, i) => (k, i))
                .Where(x => locs[x.i] >= 0).ToDictionary(x => x.k, x => $"L{locs[x.i]}"),
            Certification = cert ? "TP" : null,
        };

    private static PlanningRequest Build(IList<int> caps, IList<ProgrammeDefinition> programmes, IList<int> starts, IList<int> which,
        List<List<int>> people, IList<int> holidays, int inductionAt, int capChangeLoc, int capChangeWeek, IList<int> appointments, int windowPerson)
    {
        var cohorts = starts.Select((s, i) => new CohortToPlan(new CohortId($"k{i}"), programmes[which[i]], Base.AddDays(s),
            people[i].Distinct().Select(p => new PersonId($"p{p}")).ToList())).ToList();
        var period = new DateRange(cohorts.Min(c => c.Start), cohorts.Max(c => c.End));
        var constraints = new List<LocationConstraint>();
        if (inductionAt >= 0)
        {
            constraints.Add(new SafetyInductionRequired($"L{inductionAt}", "lifts"));
        }
        if (capChangeLoc >= 0)
        {
            var w = IsoWeek.Of(Base.AddDays(7 * capChangeWeek));
            constraints.Add(new LocationCapacityChange($"L{capChangeLoc}", w, IsoWeek.Of(w.Monday.AddDays(21)), 0, "works"));
        }
        constraints.Add(new SeasonalProductionNeed("L0", IsoWeek.Of(Base.AddDays(70)), IsoWeek.Of(Base.AddDays(140)), 1, "harvest"));
        var personConstraints = new List<PersonConstraint>();
        personConstraints.AddRange(appointments.Select((d, i) => new MandatoryAppointment(new PersonId($"p{i}"), Base.AddDays(d))));
        if (windowPerson >= 0)
        {
            personConstraints.Add(new PersonTimeWindow(new PersonId($"p{windowPerson}"), new DateRange(Base.AddDays(30), Base.AddDays(60)), new TimeOnly(10, 0), new TimeOnly(16, 0)));
        }
        return new PlanningRequest
        {
            SiteId = "s",
            Period = period,
            Locations = caps.Select((c, i) => new SiteLocation($"L{i}", $"Location {i}", c)).ToList(),
            Cohorts = cohorts,
            Calendar = WorkingCalendar.Weekdays(holidays.Select(h => Base.AddDays(h))),
            LocationConstraints = constraints,
            PersonConstraints = personConstraints,
        };
    }

    /// <summary>The capacity of a location in a week, computed independently of the planner.</summary>
    public static int CapacityOf(PlanningRequest r, string location, IsoWeek week)
    {
        var cap = r.Locations.Where(l => l.Id == location).Select(l => l.WeeklyGroupCapacity).DefaultIfEmpty(0).First();
        foreach (var c in r.LocationConstraints.OfType<LocationCapacityChange>().Where(c => c.LocationId == location && c.From <= week && week <= c.To))
        {
            cap = c.WeeklyGroupCapacity;
        }
        return cap;
    }

    /// <summary>A text dump of a plan (records holding lists do not compare by value).</summary>
    public static string Dump(AlternancePlan plan) => string.Join("\n",
        plan.Cohorts.SelectMany(c => c.Weeks.Select(w => $"{c.Cohort} {c.RotationPhase} {c.PlacementWeeks} {w.Week} {w.Role} {w.Activity} {w.LocationId} {w.IsFallback} {string.Join(",", w.WorkingDays)}"))
            .Concat(plan.People.SelectMany(p => p.Entries.Select(e => $"{p.Person} {e.Week} {e.Cohort} {e.Activity} {e.LocationId} {string.Join(",", e.Days)}")))
            .Concat(plan.Conflicts.Select(c => $"{c.Kind} {c.Cause}")));
}
