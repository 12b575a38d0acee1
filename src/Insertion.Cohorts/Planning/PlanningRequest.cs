using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>A cohort to plan: its programme, its start (its end follows, date à date) and its people.</summary>
/// <param name="Id">The cohort.</param>
/// <param name="Programme">The programme's rules (rotation, locations, placement, exam).</param>
/// <param name="Start">First day.</param>
/// <param name="People">The people taking part (no justice data: constraints come separately).</param>
public sealed record CohortToPlan(CohortId Id, ProgrammeDefinition Programme, DateOnly Start, IReadOnlyList<PersonId> People)
{
    /// <summary>Last day: start plus the programme's length, date à date.</summary>
    public DateOnly End => LegalDates.MonthsEnd(Start, Programme.LengthMonths);
}

/// <summary>A constraint of a plugin (workshop or site) on a location.</summary>
/// <param name="LocationId">The location.</param>
/// <param name="Reason">Why (shown in conflicts).</param>
public abstract record LocationConstraint(string LocationId, string Reason);

/// <summary>The location takes another number of groups in some weeks (a room's capacity, a workshop closed).</summary>
/// <param name="LocationId">The location.</param>
/// <param name="From">First week.</param>
/// <param name="To">Last week (included).</param>
/// <param name="WeeklyGroupCapacity">Groups it takes in each of those weeks.</param>
/// <param name="Reason">Why.</param>
public sealed record LocationCapacityChange(string LocationId, IsoWeek From, IsoWeek To, int WeeklyGroupCapacity, string Reason) : LocationConstraint(LocationId, Reason);

/// <summary>A workshop's seasonal production need: at least <paramref name="MinGroups"/> groups in production at the location in those weeks (e.g. Agr'Îlot's harvest).</summary>
/// <param name="LocationId">The location.</param>
/// <param name="From">First week.</param>
/// <param name="To">Last week (included).</param>
/// <param name="MinGroups">Groups in production wanted each week.</param>
/// <param name="Reason">Why.</param>
public sealed record SeasonalProductionNeed(string LocationId, IsoWeek From, IsoWeek To, int MinGroups, string Reason) : LocationConstraint(LocationId, Reason);

/// <summary>A cohort takes a safety induction (one week at the location, first thing) before any activity there (e.g. Auto Bleue's lifts).</summary>
/// <param name="LocationId">The location.</param>
/// <param name="Reason">Why.</param>
public sealed record SafetyInductionRequired(string LocationId, string Reason) : LocationConstraint(LocationId, Reason);

/// <summary>A constraint of one person, given by the host (never by a plugin).</summary>
/// <param name="Person">The person.</param>
public abstract record PersonConstraint(PersonId Person);

/// <summary>A mandatory appointment (SPIP, court, health): the person is not at the cohort's activity that day.</summary>
/// <param name="Person">The person.</param>
/// <param name="Day">The day.</param>
public sealed record MandatoryAppointment(PersonId Person, DateOnly Day) : PersonConstraint(Person);

/// <summary>
/// The hours a person may be away from home over a period (e.g. an electronic-monitoring schedule).
/// Conflicts name it only as a "personal time window".
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Period">Days it applies.</param>
/// <param name="AllowedFrom">Earliest time away.</param>
/// <param name="AllowedTo">Latest time away.</param>
public sealed record PersonTimeWindow(PersonId Person, DateRange Period, TimeOnly AllowedFrom, TimeOnly AllowedTo) : PersonConstraint(Person);

/// <summary>What the alternance planner is asked to plan: the cohorts of one site over a period.</summary>
public sealed record PlanningRequest
{
    /// <summary>The site.</summary>
    public required string SiteId { get; init; }

    /// <summary>The period shown in the plan (cohorts are planned over their whole life, then cut to it).</summary>
    public required DateRange Period { get; init; }

    /// <summary>The site's locations and their weekly group capacities.</summary>
    public required IReadOnlyList<SiteLocation> Locations { get; init; }

    /// <summary>The cohorts (overlapping promotions).</summary>
    public required IReadOnlyList<CohortToPlan> Cohorts { get; init; }

    /// <summary>Working days (public holidays, site closures).</summary>
    public required IWorkingCalendar Calendar { get; init; }

    /// <summary>Plugin constraints on locations.</summary>
    public IReadOnlyList<LocationConstraint> LocationConstraints { get; init; } = [];

    /// <summary>Constraints of people (appointments, time windows), from the host.</summary>
    public IReadOnlyList<PersonConstraint> PersonConstraints { get; init; } = [];

    /// <summary>
    /// The request for a site plugin's cohorts with the site's own calendar (<see cref="FrenchCalendar.For(ISite)"/>:
    /// its region's public holidays and its closures).
    /// </summary>
    public static PlanningRequest ForSite(ISite site, IEnumerable<Cohort> cohorts, DateRange period) =>
        ForSite(site, cohorts, period, FrenchCalendar.For(site));

    /// <summary>
    /// The request for a site plugin's cohorts: its locations, and the people taking part (enrolled, not
    /// withdrawn) in each cohort of one of its programmes that shares a day with the period.
    /// </summary>
    public static PlanningRequest ForSite(ISite site, IEnumerable<Cohort> cohorts, DateRange period, IWorkingCalendar calendar)
    {
        Guard.Against.Null(site);
        Guard.Against.Null(cohorts);
        return new PlanningRequest
        {
            SiteId = site.Id,
            Period = period,
            Locations = site.Locations,
            Calendar = calendar,
            Cohorts = cohorts.Where(c => c.SiteId == site.Id && c.Period.Overlaps(period) && site.Programmes.Any(p => p.Id == c.ProgrammeId))
                .Select(c => new CohortToPlan(c.Id, site.Programmes.First(p => p.Id == c.ProgrammeId), c.Start, c.Members.Where(m => !m.Withdrawn).Select(m => m.Person).ToList()))
                .ToList(),
        };
    }
}
