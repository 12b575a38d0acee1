using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// Exports a plan to iCalendar (RFC 5545): one all-day event per activity block (a run of
/// consecutive working days with the same activity and location; a public holiday splits a week).
/// Deterministic: the UIDs come from the cohort, the person and the days, and DTSTAMP is given.
/// Events carry the activity and the location only: no justice or health data.
/// </summary>
public static class PlanICalendar
{
    /// <summary>The calendar of one cohort.</summary>
    public static string ForCohort(AlternancePlan plan, CohortId cohort, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cp = plan.Cohorts.FirstOrDefault(c => c.Cohort == cohort) ?? throw new KeyNotFoundException($"The plan has no cohort '{cohort}'.");
        return Serialize(cp.Weeks.Select(w => (w.Activity, w.LocationId, w.WorkingDays)), $"{cohort.Value}", stamp, $"{plan.SiteId} — {cohort.Value}");
    }

    /// <summary>
    /// One calendar with every cohort of the plans (e.g. all the promotions of a site's year): an event
    /// per block of consecutive working days with the same activity and location. The same plans and
    /// stamp give the same bytes.
    /// </summary>
    public static string ForPlans(IEnumerable<AlternancePlan> plans, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var list = plans.ToList();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Insertion//Cohorts alternance plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", string.Join(", ", list.Select(p => p.SiteId)));
        var dtStamp = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var plan in list)
        {
            foreach (var cp in plan.Cohorts)
            {
                AddEvents(calendar, cp.Weeks.Select(w => (w.Activity, w.LocationId, w.WorkingDays)), cp.Cohort.Value, dtStamp, $"{cp.Cohort.Value}: ");
            }
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The calendar of one person.</summary>
    public static string ForPerson(AlternancePlan plan, PersonId person, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var pc = plan.People.FirstOrDefault(c => c.Person == person) ?? throw new KeyNotFoundException($"The plan has no person '{person}'.");
        return Serialize(pc.Entries.Select(e => (e.Activity, e.LocationId, e.Days)), $"{person.Value}", stamp, $"{plan.SiteId} — {person.Value}");
    }

    /// <summary>The activity blocks of a sequence of weeks: runs of consecutive days with the same activity and location.</summary>
    public static IReadOnlyList<(ActivityKind Activity, string? LocationId, DateRange Days)> Blocks(IEnumerable<(ActivityKind Activity, string? LocationId, IReadOnlyList<DateOnly> Days)> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var blocks = new List<(ActivityKind, string?, DateRange)>();
        foreach (var (activity, location, days) in weeks)
        {
            DateOnly? first = null, last = null;
            foreach (var d in days.Order())
            {
                if (last is { } l && d.DayNumber != l.DayNumber + 1)
                {
                    blocks.Add((activity, location, new DateRange(first!.Value, l)));
                    first = null;
                }
                first ??= d;
                last = d;
            }
            if (first is { } f && last is { } e)
            {
                blocks.Add((activity, location, new DateRange(f, e)));
            }
        }
        return blocks;
    }

    private static string Serialize(IEnumerable<(ActivityKind Activity, string? LocationId, IReadOnlyList<DateOnly> Days)> weeks, string uidPrefix, DateTimeOffset stamp, string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Insertion//Cohorts alternance plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        AddEvents(calendar, weeks, uidPrefix, new CalDateTime(stamp.UtcDateTime, "UTC"), "");
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static void AddEvents(Ical.Net.Calendar calendar, IEnumerable<(ActivityKind Activity, string? LocationId, IReadOnlyList<DateOnly> Days)> weeks, string uidPrefix, CalDateTime dtStamp, string summaryPrefix)
    {
        foreach (var (activity, location, days) in Blocks(weeks))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"{uidPrefix}-{days.Start:yyyyMMdd}-{activity}@insertion"),
                Summary = summaryPrefix + (location is null ? activity.ToString() : $"{activity} — {location}"),
                Location = location,
                DtStart = new CalDateTime(days.Start),
                DtEnd = new CalDateTime(days.End.AddDays(1)),
                DtStamp = dtStamp,
            });
        }
    }
}
