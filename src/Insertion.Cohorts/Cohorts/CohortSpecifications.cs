using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>Cohorts in which a person has enrolled (withdrawn or not), by start.</summary>
public sealed class CohortsOfPersonSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsOfPersonSpec(PersonId person) =>
        Query.Where(c => c.Members.Any(m => m.Person == person)).OrderBy(c => c.Start);
}

/// <summary>Cohorts of a site, by start then id.</summary>
public sealed class CohortsOfSiteSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsOfSiteSpec(string siteId) =>
        Query.Where(c => c.SiteId == siteId).OrderBy(c => c.Start).ThenBy(c => c.Key);
}

/// <summary>Every cohort opened (not Planned), by start then id: the funnel's order.</summary>
public sealed class OpenedCohortsSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public OpenedCohortsSpec() =>
        Query.Where(c => c.State != CohortState.Planned).OrderBy(c => c.Start).ThenBy(c => c.Key);
}

/// <summary>Cohorts in state Open whose start is on or before a day (due to start).</summary>
public sealed class CohortsDueToStartSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsDueToStartSpec(DateOnly today) =>
        Query.Where(c => c.State == CohortState.Open && c.Start <= today).OrderBy(c => c.Start).ThenBy(c => c.Key);
}

/// <summary>The outcome records of some people (by their ids).</summary>
public sealed class OutcomesOfPeopleSpec : Specification<PersonOutcomes>
{
    /// <summary>Creates the specification.</summary>
    public OutcomesOfPeopleSpec(IEnumerable<PersonId> people)
    {
        var keys = people.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
        Query.Where(o => keys.Contains(o.Key));
    }
}

/// <summary>The justice-data disclosures, by day then key.</summary>
public sealed class JusticeDisclosuresSpec : Specification<JusticeDisclosure>
{
    /// <summary>Creates the specification.</summary>
    public JusticeDisclosuresSpec() =>
        Query.OrderBy(d => d.DisclosedOn).ThenBy(d => d.Key);
}
