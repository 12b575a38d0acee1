using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>The part a week plays in a cohort's plan.</summary>
public enum WeekRole
{
    /// <summary>Safety induction before a workshop.</summary>
    Induction,
    /// <summary>A week of the rotation.</summary>
    Rotation,
    /// <summary>A week of the in-company placement.</summary>
    Placement,
    /// <summary>The exam week.</summary>
    Exam,
}

/// <summary>One working week of a cohort: one activity, at one location (none for a company placement), on the working days of the week.</summary>
/// <param name="Week">The ISO week.</param>
/// <param name="Role">The part the week plays.</param>
/// <param name="Activity">The activity.</param>
/// <param name="LocationId">The site location, or null (company placement, or no capacity-limited place).</param>
/// <param name="WorkingDays">The cohort's working days that week (public holidays and closures removed).</param>
/// <param name="IsFallback">True when the planned activity could not take place (a conflict says why) and a collective workshop without a reserved location replaces it.</param>
public sealed record PlannedWeek(IsoWeek Week, WeekRole Role, ActivityKind Activity, string? LocationId, IReadOnlyList<DateOnly> WorkingDays, bool IsFallback);

/// <summary>The week-by-week plan of one cohort.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Programme">Its programme.</param>
/// <param name="RotationPhase">Where in the rotation its first rotation week starts.</param>
/// <param name="PlacementWeeks">Length of its placement in weeks (0: none).</param>
/// <param name="Weeks">Its working weeks in order (cut to the period).</param>
public sealed record CohortPlan(CohortId Cohort, ProgrammeDefinition Programme, int RotationPhase, int PlacementWeeks, IReadOnlyList<PlannedWeek> Weeks);

/// <summary>A person's activity in one week.</summary>
/// <param name="Week">The ISO week.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="Activity">The activity.</param>
/// <param name="LocationId">The location, or null.</param>
/// <param name="Days">The days the person is there.</param>
public sealed record PersonCalendarEntry(IsoWeek Week, CohortId Cohort, ActivityKind Activity, string? LocationId, IReadOnlyList<DateOnly> Days);

/// <summary>A person's calendar.</summary>
/// <param name="Person">The person.</param>
/// <param name="Entries">Week by week, in order.</param>
public sealed record PersonCalendar(PersonId Person, IReadOnlyList<PersonCalendarEntry> Entries);

/// <summary>Kinds of conflicts the planner could not solve.</summary>
public enum PlanConflictKind
{
    /// <summary>A location is full (or unknown) in a week: the later cohort gets a fallback week.</summary>
    LocationFull,
    /// <summary>A cohort could not take its safety induction: its weeks at that location fall back.</summary>
    NoSafetyInduction,
    /// <summary>The placement of at least the programme's minimum does not fit in the cohort.</summary>
    PlacementDoesNotFit,
    /// <summary>A seasonal production need is not met in a week.</summary>
    UnmetProductionNeed,
    /// <summary>A person is in two cohorts on one day: the later cohort's day is dropped from the calendar.</summary>
    PersonDoubleBooked,
    /// <summary>A person cannot attend (appointment, personal time window).</summary>
    PersonUnavailable,
}

/// <summary>A conflict the planner could not solve, with its cause.</summary>
/// <param name="Kind">What kind.</param>
/// <param name="Cause">Plain-language cause.</param>
public sealed record PlanConflict(PlanConflictKind Kind, string Cause)
{
    /// <summary>The week, when it concerns one.</summary>
    public IsoWeek? Week { get; init; }
    /// <summary>The day, when it concerns one.</summary>
    public DateOnly? Day { get; init; }
    /// <summary>The cohort, when it concerns one.</summary>
    public CohortId? Cohort { get; init; }
    /// <summary>The person, when it concerns one.</summary>
    public PersonId? Person { get; init; }
    /// <summary>The location, when it concerns one.</summary>
    public string? LocationId { get; init; }
}

/// <summary>The alternance plan of a site over a period: per cohort, per person, and every unsolved conflict.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Period">The period.</param>
/// <param name="Cohorts">Plans per cohort, in planning order (start, then id).</param>
/// <param name="People">Calendars per person, by id.</param>
/// <param name="Conflicts">Every conflict that could not be solved (never hidden).</param>
public sealed record AlternancePlan(string SiteId, DateRange Period, IReadOnlyList<CohortPlan> Cohorts, IReadOnlyList<PersonCalendar> People, IReadOnlyList<PlanConflict> Conflicts);

/// <summary>Plans the alternance of a site's cohorts. Behind an interface so a host can swap in another solver.</summary>
public interface IAlternancePlanner
{
    /// <summary>Plans the request; deterministic for the same input.</summary>
    AlternancePlan Plan(PlanningRequest request);
}
