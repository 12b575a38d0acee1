using System.Reflection;
using Insertion.Abstractions;

namespace Insertion.Cohorts.Tests;

/// <summary>Justice data stays inside Cohorts: counts only, unless the host grants a purpose (DOMAIN.md §5).</summary>
public sealed class JusticeDataPrivacyTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task Justice_data_cannot_be_read_from_public_types()
    {
        foreach (var t in new[] { typeof(PersonEnrolled), typeof(CohortMember), typeof(Cohort), typeof(JusticeDisclosure), typeof(AlternancePlan), typeof(PersonCalendarEntry), typeof(CohortPlan) })
        {
            Assert.DoesNotContain(t.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.Name.Contains("Justice", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Without_a_grant_only_counts_come_out()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("a"), Start, underJustice: true);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b"), Start);
        Assert.Equal(1, (await h.Cohorts.FunnelAsync(id)).Counts.UnderJustice);
        Assert.Equal(1, (await h.Cohorts.MixityAsync(id)).UnderJustice);
        await Assert.ThrowsAsync<JusticeDataNotGrantedException>(() => h.Cohorts.PeopleUnderJusticeAsync(id, "SPIP report"));
    }

    [Fact]
    public async Task A_host_grant_discloses_for_its_purpose_and_the_disclosure_is_recorded()
    {
        using var h = new TestHost(o => o.JusticeDataPurposes.Add("SPIP report"));
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var a = await h.PersonAsync("a");
        await h.Cohorts.EnrolAsync(id, a, Start, underJustice: true);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("b"), Start);
        Assert.Equal([a], await h.Cohorts.PeopleUnderJusticeAsync(id, "SPIP report"));
        await Assert.ThrowsAsync<JusticeDataNotGrantedException>(() => h.Cohorts.PeopleUnderJusticeAsync(id, "newsletter"));
        var d = Assert.Single(await h.Cohorts.JusticeDisclosuresAsync());
        Assert.Equal(("SPIP report", id, 1, new DateOnly(2026, 1, 5)), (d.Purpose, d.Cohort, d.People, d.DisclosedOn));
        // the stored trace carries no personal data: no property names a person
        Assert.DoesNotContain(typeof(JusticeDisclosure).GetProperties(), p => p.PropertyType == typeof(PersonId) || p.PropertyType == typeof(IReadOnlyList<PersonId>));
    }
}
