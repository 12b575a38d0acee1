using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>TIG pédagogique: SOA sessions, attendance in one all-or-nothing idempotent operation, absences as incidents.</summary>
public sealed class SoaSessionTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void Attending_logs_pedagogical_hours_for_each_attendee_and_absences_become_incidents()
    {
        using var f = new TigFixture();
        var m1 = f.Sentence("m1", f.Person("p1", new(1990, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m2 = f.Sentence("m2", f.Person("p2", new(1991, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m3 = f.Sentence("m3", f.Person("p3", new(1992, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        Assert.Equal(TigTerritory.Somme, m1.Territory);
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));

        var attendance = f.Soa.RecordAttendance("s1", [m1.Id, m2.Id], [m3.Id], "cip-1");
        Assert.Equal([m1.Id, m2.Id], attendance.Attended);
        Assert.Equal(WorkMinutes.FromHours(3), m1.Pedagogical);
        Assert.Equal(WorkMinutes.FromHours(3), m2.Pedagogical);
        Assert.Equal(TigIncidentKind.Absence, Assert.Single(m3.Incidents).Kind);

        f.Soa.RecordAttendance("s1", [m1.Id, m2.Id], [m3.Id], "cip-1"); // the same operation again
        Assert.Equal(WorkMinutes.FromHours(3), m1.Pedagogical);
        Assert.Single(m3.Incidents);
        Assert.Single(f.Reports.Incidents());
    }

    [Fact]
    public void One_refused_attendee_refuses_the_whole_attendance_and_names_who_and_why()
    {
        using var f = new TigFixture();
        var m1 = f.Sentence("m1", f.Person("p1", new(1990, 1, 1)), 40, Start, programme: SoaTestSite.ProgrammeId);
        var m2 = f.Sentence("m2", f.Person("p2", new(1991, 1, 1)), 20, Start, programme: SoaTestSite.ProgrammeId);
        f.Log(m2, Start, 6, "soa-before", TigEntryKind.Pedagogical); // the programme caps at 40 % of 20 h = 8 h
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.MockInterview, Start.AddDays(2), WorkMinutes.FromHours(3));

        var refusals = f.Soa.CanRecordAttendance("s1", [m1.Id, m2.Id], []);
        var refusal = Assert.Single(refusals);
        Assert.Equal(("TIG-PEDAGOGICAL-SHARE", "m2"), (refusal.Code, refusal.Values["measure"]));
        var ex = Assert.Throws<RuleViolationException>(() => f.Soa.RecordAttendance("s1", [m1.Id, m2.Id], [], "cip-1"));
        Assert.StartsWith("measure m2:", ex.Violation.Message, StringComparison.Ordinal);
        Assert.Equal(WorkMinutes.Zero, m1.Pedagogical);
        Assert.Empty(f.Soa.Find("s1")!.Attended);
    }

    [Fact]
    public void A_session_takes_no_more_than_its_capacity()
    {
        using var f = new TigFixture();
        var ids = Enumerable.Range(1, 4)
            .Select(i => f.Sentence($"m{i}", f.Person($"p{i}", new(1990, 1, i)), 40, Start, programme: SoaTestSite.ProgrammeId).Id)
            .ToList();
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.CompanyVisit, Start.AddDays(2), WorkMinutes.FromHours(3));
        f.Soa.RecordAttendance("s1", ids.Take(3), [], "cip");
        Assert.Equal("TIG-SOA-SESSION-FULL", Assert.Throws<RuleViolationException>(() => f.Soa.RecordAttendance("s1", ids.Skip(3), [], "cip")).Violation.Code);
        Assert.Equal(WorkMinutes.Zero, f.Tig.Get(ids[3]).Pedagogical);
    }

    [Fact]
    public void A_measure_that_does_not_follow_the_programme_cannot_attend()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 40, Start);
        f.Soa.Plan("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Start.AddDays(2), WorkMinutes.FromHours(3));
        Assert.Throws<ArgumentException>(() => f.Soa.RecordAttendance("s1", [m.Id], [], "cip"));
        f.Tig.FollowProgramme(m.Id, SoaTestSite.ProgrammeId);
        f.Soa.RecordAttendance("s1", [m.Id], [], "cip");
        Assert.Equal(WorkMinutes.FromHours(3), m.Pedagogical);
    }
}
