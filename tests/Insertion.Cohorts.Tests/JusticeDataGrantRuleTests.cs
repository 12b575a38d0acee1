using System.ComponentModel.DataAnnotations;
using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// DOMAIN.md §5: justice data comes out only as counts, unless the host granted the exact purpose; each
/// disclosure is stored (purpose, cohort, count, day; never who), and the options refuse a purpose that names nothing.
/// </summary>
public sealed class JusticeDataGrantRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task A_grant_is_for_the_exact_purpose_case_included()
    {
        using var h = new TestHost(o => o.JusticeDataPurposes.Add("SPIP report"));
        var s = h.Cohorts;
        Assert.True(s.IsJusticeDataGranted("SPIP report"));
        Assert.False(s.IsJusticeDataGranted("spip report"));
        Assert.False(s.IsJusticeDataGranted("SPIP"));
        Assert.ThrowsAny<ArgumentException>(() => s.IsJusticeDataGranted(" "));
        var id = new CohortId("k");
        await s.OpenAsync(id, "aqi-test", Start);
        var ex = await Assert.ThrowsAsync<JusticeDataNotGrantedException>(() => h.Cohorts.PeopleUnderJusticeAsync(id, "spip report"));
        Assert.Equal("spip report", ex.Purpose);
        Assert.Empty(await h.Cohorts.JusticeDisclosuresAsync());
    }

    [Fact]
    public async Task Each_disclosure_is_stored_with_the_count_and_the_host_day()
    {
        using var h = new TestHost(o => o.JusticeDataPurposes.Add("SPIP report"));
        var clock = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)h.Services.GetRequiredService<TimeProvider>();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        Assert.Empty(await h.Cohorts.PeopleUnderJusticeAsync(id, "SPIP report"));
        var a = await h.PersonAsync("a");
        var b = await h.PersonAsync("b");
        await h.Cohorts.EnrolAsync(id, a, Start, underJustice: true);
        await h.Cohorts.EnrolAsync(id, await h.PersonAsync("c"), Start);
        await h.Cohorts.EnrolAsync(id, b, Start, underJustice: true);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal([a, b], await h.Cohorts.PeopleUnderJusticeAsync(id, "SPIP report"));
        var d = await h.Cohorts.JusticeDisclosuresAsync();
        Assert.Equal([(0, Start), (2, Start.AddDays(3))], d.Select(x => (x.People, x.DisclosedOn)));
        Assert.NotEqual(d[0].Key, d[1].Key);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.PeopleUnderJusticeAsync(new CohortId("missing"), "SPIP report"));
    }

    [Fact]
    public async Task Disclosures_are_listed_by_day_then_key()
    {
        using var h = new TestHost();
        var repo = h.Scope().GetRequiredService<IRepository<JusticeDisclosure>>();
        var k = new CohortId("k");
        await repo.AddAsync(new JusticeDisclosure("b", "p", k, 1, Start.AddDays(1)));
        await repo.AddAsync(new JusticeDisclosure("c", "p", k, 1, Start));
        await repo.AddAsync(new JusticeDisclosure("a", "p", k, 1, Start.AddDays(1)));
        Assert.Equal(["c", "a", "b"], (await h.Cohorts.JusticeDisclosuresAsync()).Select(d => d.Key));
    }

    [Fact]
    public void A_disclosure_needs_a_key_a_purpose_and_a_count()
    {
        var k = new CohortId("k");
        Assert.ThrowsAny<ArgumentException>(() => new JusticeDisclosure(" ", "p", k, 1, Start));
        Assert.ThrowsAny<ArgumentException>(() => new JusticeDisclosure("x", "", k, 1, Start));
        Assert.ThrowsAny<ArgumentException>(() => new JusticeDisclosure("x", "p", k, -1, Start));
        var d = new JusticeDisclosure("x", "p", k, 0, Start);
        Assert.Equal(("x", "p", k, 0, Start), (d.Key, d.Purpose, d.Cohort, d.People, d.DisclosedOn));
    }

    [Fact]
    public void Options_refuse_a_null_list_and_a_blank_purpose()
    {
        static List<ValidationResult> Validate(CohortsOptions o) => o.Validate(new ValidationContext(o)).ToList();
        Assert.Empty(Validate(new CohortsOptions()));
        Assert.Empty(Validate(new CohortsOptions { JusticeDataPurposes = ["SPIP report"] }));
        Assert.Contains("not null", Assert.Single(Validate(new CohortsOptions { JusticeDataPurposes = null! })).ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("blank", Assert.Single(Validate(new CohortsOptions { JusticeDataPurposes = ["ok", "\t"] })).ErrorMessage, StringComparison.Ordinal);
    }
}
