using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>
/// TIG pédagogique (DOMAIN.md §4, C. pén. 131-22): a person may carry two measures; the SOA session's
/// pedagogical hours go on the measure that attended, never on the person's other one, and the
/// person's caps count both.
/// </summary>
public sealed class SoaPersonWithTwoMeasuresRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public async Task The_session_hours_go_on_the_attending_measure_not_on_the_persons_other_one()
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p1", new(1990, 1, 1));
        var other = await f.SentenceAsync("m0", p, 40, Start, programme: SoaTestSite.ProgrammeId);
        var attending = await f.SentenceAsync("m1", p, 40, Start, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));

        var attendance = await f.Soa.RecordAttendanceAsync("s1", [attending.Id], [], "cip-1");

        Assert.Equal([attending.Id], attendance.Attended);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(attending)).Pedagogical);
        Assert.Equal(WorkMinutes.Zero, (await f.ReloadAsync(other)).Pedagogical);
        Assert.Empty((await f.ReloadAsync(other)).Entries);
    }
}
