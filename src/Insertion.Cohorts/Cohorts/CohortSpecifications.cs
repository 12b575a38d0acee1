using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>Cohorts in which a person has enrolled (withdrawn or not), by start.</summary>
public sealed class CohortsOfPersonSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsOfPersonSpec(PersonId person) =>
        Query.Where(c => c.Member(person) != null).OrderBy(c => c.Start);
}

/// <summary>Cohorts of a site, by start then id.</summary>
public sealed class CohortsOfSiteSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsOfSiteSpec(string siteId) =>
        Query.Where(c => c.SiteId == siteId).OrderBy(c => c.Start).ThenBy(c => c.Key);
}

/// <summary>Cohorts in state Open whose start is on or before a day (due to start).</summary>
public sealed class CohortsDueToStartSpec : Specification<Cohort>
{
    /// <summary>Creates the specification.</summary>
    public CohortsDueToStartSpec(DateOnly today) =>
        Query.Where(c => c.State == CohortState.Open && c.Start <= today);
}
