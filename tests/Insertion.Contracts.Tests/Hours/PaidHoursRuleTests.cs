using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// The paid hours the aide au poste is paid on (SCENARIOS.md, <c>expect: { contract, paidHours }</c>
/// and <c>expect: { year, etp }</c>; DOMAIN.md §2): a contract's hours are its ledger's, all days;
/// a year's hours are those worked on days of that year, over every contract; an unknown contract is
/// not found rather than zero, and a query twin never appends.
/// </summary>
public sealed class PaidHoursRuleTests
{
    [Fact]
    public async Task A_contract_without_entries_has_zero_paid_hours_and_an_unknown_one_is_not_found()
    {
        using var host = Host(D("2026-12-31"));
        await host.HireAsync("c1", "p1", "2026-01-05");
        var hours = host.GetRequiredService<WorkedHoursService>();
        Assert.Equal(WorkMinutes.Zero, await hours.PaidHoursAsync(C1));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => hours.PaidHoursAsync(C2));
    }

    [Fact]
    public async Task The_hours_of_a_year_are_those_worked_on_its_days_over_every_contract_DOMAIN_2()
    {
        using var host = Host(D("2027-12-31"));
        await host.HireAsync("c1", "p1", "2026-11-02", months: 4);
        await host.HireAsync("c2", "p2", "2026-11-02", months: 4);
        var hours = host.GetRequiredService<WorkedHoursService>();
        await hours.RecordAsync(Line(C1, "2026-12-31", 7, "a"));
        await hours.RecordAsync(Line(C1, "2027-01-01", 5, "b"));
        await hours.RecordAsync(Line(C2, "2026-12-30", 3, "a"));
        await hours.RecordAsync(Line(C2, "2027-01-04", 2, "b"));
        Assert.Equal(WorkMinutes.FromHours(10), await hours.PaidHoursInYearAsync(2026));
        Assert.Equal(WorkMinutes.FromHours(7), await hours.PaidHoursInYearAsync(2027));
        Assert.Equal(WorkMinutes.Zero, await hours.PaidHoursInYearAsync(2025));
        Assert.Equal(WorkMinutes.FromHours(12), await hours.PaidHoursAsync(C1));
        Assert.Equal(WorkMinutes.FromHours(5), await hours.PaidHoursAsync(C2));
    }

    [Fact]
    public async Task A_query_twin_appends_nothing_and_a_replay_saves_nothing()
    {
        using var host = Host(D("2026-12-31"));
        await host.HireAsync("c1", "p1", "2026-01-05");
        var hours = host.GetRequiredService<WorkedHoursService>();
        Assert.Empty(await hours.CanRecordAsync(Line(C1, "2026-01-06", 7, "a")));
        Assert.Null(await hours.FindAsync(C1));
        await hours.RecordAsync(Line(C1, "2026-01-06", 7, "a"));
        var version = (await hours.FindAsync(C1))!.Version;
        Assert.Equal(RecordOutcome.AlreadyRecorded, await hours.RecordAsync(Line(C1, "2026-01-06", 7, "a")));
        Assert.Empty(await hours.CanReverseAsync(new HoursReversal(C1, "a", "a-rev", "cip-1")));
        Assert.Equal(version, (await hours.FindAsync(C1))!.Version);
        Assert.Equal(RecordOutcome.Recorded, await hours.ReverseAsync(new HoursReversal(C1, "a", "a-rev", "cip-1")));
        var reversed = (await hours.FindAsync(C1))!.Version;
        Assert.Equal(RecordOutcome.AlreadyRecorded, await hours.ReverseAsync(new HoursReversal(C1, "a", "a-rev", "cip-1")));
        Assert.Equal(reversed, (await hours.FindAsync(C1))!.Version);
        Assert.Equal(WorkMinutes.Zero, await hours.PaidHoursAsync(C1));
        Assert.Equal(2, (await hours.FindAsync(C1))!.Count);
    }
}
