using System.Reflection;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Justice data stays inside Cohorts: counts only, unless the host grants a purpose (DOMAIN.md §5).</summary>
public sealed class JusticeDataPrivacyTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void Justice_data_cannot_be_read_from_public_types()
    {
        foreach (var t in new[] { typeof(PersonEnrolled), typeof(CohortMember), typeof(Cohort), typeof(AlternancePlan), typeof(PersonCalendarEntry), typeof(CohortPlan) })
        {
            Assert.DoesNotContain(t.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.Name.Contains("Justice", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Without_a_grant_only_counts_come_out()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start);
        h.Cohorts.Enrol(id, h.Person("a"), Start, underJustice: true);
        h.Cohorts.Enrol(id, h.Person("b"), Start);
        Assert.Equal(1, h.Cohorts.Funnel(id).Counts.UnderJustice);
        Assert.Equal(1, h.Cohorts.Mixity(id).UnderJustice);
        Assert.Throws<JusticeDataNotGrantedException>(() => h.Cohorts.PeopleUnderJustice(id, "SPIP report"));
    }

    [Fact]
    public void A_host_grant_discloses_for_its_purpose_and_the_disclosure_is_recorded()
    {
        using var h = new TestHost(o => o.GrantJusticeData("SPIP report"));
        var id = new CohortId("k");
        h.Cohorts.Open(id, "aqi-test", Start);
        var a = h.Person("a");
        h.Cohorts.Enrol(id, a, Start, underJustice: true);
        h.Cohorts.Enrol(id, h.Person("b"), Start);
        Assert.Equal([a], h.Cohorts.PeopleUnderJustice(id, "SPIP report"));
        Assert.Throws<JusticeDataNotGrantedException>(() => h.Cohorts.PeopleUnderJustice(id, "newsletter"));
        var options = (CohortsOptions)h.Services.GetService(typeof(CohortsOptions))!;
        Assert.Equal(new JusticeDisclosure("SPIP report", id, 1), Assert.Single(options.JusticeDisclosures));
    }
}
