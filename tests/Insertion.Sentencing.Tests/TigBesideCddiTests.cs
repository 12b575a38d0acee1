using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests;

/// <summary>
/// The numbers of ../shared/scenarios/tig-beside-cddi.yaml with a stand-in for Contracts' CDDI source
/// (35 h a week): TIG + paid ≤ 47 h (Code pénitentiaire R. 623-16), a 30-day suspension moves the deadline.
/// </summary>
public sealed class TigBesideCddiTests
{
    [Fact]
    public async Task TIG_beside_a_35_hour_CDDI_stays_within_47_hours_and_a_suspension_moves_the_deadline()
    {
        using var f = new TigFixture(new DateOnly(2026, 3, 2), s => s.AddScoped<IPaidWorkSource>(_ => new FullTimeCddiSource(new PersonId("t1"))));
        var m = await f.SentenceAsync("m1", await f.PersonAsync("t1", new(1992, 5, 5)), 40, new(2026, 3, 2), 6);
        Assert.Equal(new DateOnly(2026, 9, 1), m.Deadline);
        await f.LogAsync(m, new(2026, 3, 7), 7, "w10-sat");
        Assert.Equal("TIG-WEEKLY-CUMUL", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m, new(2026, 3, 8), 6, "w10-sun"))).Violation.Code);
        await f.LogAsync(m, new(2026, 3, 8), 5, "w10-sun");
        await f.Tig.SuspendAsync(m.Id, new(2026, 4, 1), new(2026, 4, 30), TigSuspensionReason.Medical);
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Active, new DateOnly(2026, 10, 1), WorkMinutes.FromHours(12), WorkMinutes.FromHours(28)), (m.State, m.Deadline, m.Done, m.Remaining));
        await f.SweepAsync(new DateOnly(2026, 10, 2));
        Assert.Equal(TigState.Overdue, (await f.ReloadAsync(m)).State);
    }
}
