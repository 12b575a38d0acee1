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
        using var f = new TigFixture(new DateOnly(2026, 3, 2), s => s.AddSingleton<IPaidWorkSource>(new FullTimeCddiSource(new PersonId("t1"))));
        var m = f.Sentence("m1", f.Person("t1", new(1992, 5, 5)), 40, new(2026, 3, 2), 6);
        Assert.Equal(new DateOnly(2026, 9, 1), m.Deadline);
        f.Log(m, new(2026, 3, 7), 7, "w10-sat");
        Assert.Equal("TIG-WEEKLY-CUMUL", Assert.Throws<RuleViolationException>(() => f.Log(m, new(2026, 3, 8), 6, "w10-sun")).Violation.Code);
        f.Log(m, new(2026, 3, 8), 5, "w10-sun");
        f.Tig.Suspend(m.Id, new(2026, 4, 1), new(2026, 4, 30), TigSuspensionReason.Medical);
        Assert.Equal((TigState.Active, new DateOnly(2026, 10, 1), WorkMinutes.FromHours(12), WorkMinutes.FromHours(28)), (m.State, m.Deadline, m.Done, m.Remaining));
        foreach (var sweep in f.Services.GetServices<IDailySweep>())
        {
            await sweep.RunAsync(new DateOnly(2026, 10, 2));
        }
        Assert.Equal(TigState.Overdue, m.State);
    }
}
