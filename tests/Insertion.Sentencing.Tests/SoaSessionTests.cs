using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>TIG pédagogique: SOA sessions, attendance in one all-or-nothing idempotent operation, absences as incidents.</summary>
public sealed class SoaSessionTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public async Task Attending_logs_pedagogical_hours_for_each_attendee_and_absences_become_incidents()
    {
        using var f = new TigFixture();
        var m1 = await f.SentenceAsync("m1", await f.PersonAsync("p1", new(1990, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", await f.PersonAsync("p2", new(1991, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m3 = await f.SentenceAsync("m3", await f.PersonAsync("p3", new(1992, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        Assert.Equal(TigTerritory.Somme, m1.Territory);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));

        var attendance = await f.Soa.RecordAttendanceAsync("s1", [m1.Id, m2.Id], [m3.Id], "cip-1");
        Assert.Equal([m1.Id, m2.Id], attendance.Attended);
        Assert.Equal(RecordOutcome.Recorded, attendance.Outcome);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m1)).Pedagogical);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m2)).Pedagogical);
        Assert.Equal(TigIncidentKind.Absence, Assert.Single((await f.ReloadAsync(m3)).Incidents).Kind);

        var again = await f.Soa.RecordAttendanceAsync("s1", [m1.Id, m2.Id], [m3.Id], "cip-1"); // the same operation again
        Assert.Equal(RecordOutcome.AlreadyRecorded, again.Outcome);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m1)).Pedagogical);
        Assert.Single((await f.ReloadAsync(m3)).Incidents);
        Assert.Single(await f.Reports.IncidentsAsync());
    }

    [Fact]
    public async Task One_refused_attendee_refuses_the_whole_attendance_and_names_who_and_why()
    {
        using var f = new TigFixture();
        var m1 = await f.SentenceAsync("m1", await f.PersonAsync("p1", new(1990, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", await f.PersonAsync("p2", new(1991, 1, 1)), 20, Start, programme: SoaTestSite.ProgrammeId);
        await f.LogAsync(m2, Start, 6, "soa-before", TigEntryKind.Pedagogical); // the programme caps at 40 % of 20 h = 8 h
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.MockInterview, Start.AddDays(2), WorkMinutes.FromHours(3));

        var refusal = Assert.Single(await f.Soa.CanRecordAttendanceAsync("s1", [m1.Id, m2.Id], [], "cip-1"));
        Assert.Equal(("TIG-PEDAGOGICAL-SHARE", "m2"), (refusal.Code, refusal.Values["measure"]));
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => f.Soa.RecordAttendanceAsync("s1", [m1.Id, m2.Id], [], "cip-1"));
        Assert.StartsWith("measure m2:", ex.Violation.Message, StringComparison.Ordinal);
        Assert.Equal(WorkMinutes.Zero, (await f.ReloadAsync(m1)).Pedagogical);
        Assert.Empty((await f.Soa.FindAsync("s1"))!.Attended);
    }

    [Fact]
    public async Task A_session_takes_no_more_than_its_capacity()
    {
        using var f = new TigFixture();
        var ids = new List<MeasureId>();
        for (var i = 1; i <= 4; i++)
        {
            ids.Add((await f.SentenceAsync($"m{i}", await f.PersonAsync($"p{i}", new(1990, 1, i)), 40, Start, programme: SoaTestSite.ProgrammeId)).Id);
        }
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.CompanyVisit, Start.AddDays(2), WorkMinutes.FromHours(3));
        await f.Soa.RecordAttendanceAsync("s1", ids.Take(3), [], "cip");
        Assert.Equal("TIG-SOA-SESSION-FULL", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Soa.RecordAttendanceAsync("s1", ids.Skip(3), [], "cip"))).Violation.Code);
        Assert.Equal(WorkMinutes.Zero, (await f.Tig.GetAsync(ids[3])).Pedagogical);
    }

    [Fact]
    public async Task A_measure_that_does_not_follow_the_programme_cannot_attend()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Start);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip"));
        Assert.Empty(await f.Tig.CanFollowProgrammeAsync(m.Id, SoaTestSite.ProgrammeId));
        await f.Tig.FollowProgrammeAsync(m.Id, SoaTestSite.ProgrammeId);
        await f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip");
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m)).Pedagogical);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.FollowProgrammeAsync(m.Id, "no-such-programme"));
    }
}
