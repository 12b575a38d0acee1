using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// TIG pédagogique (SOA) sessions (DOMAIN.md §3, the programme's parameters): a session offers
/// the kinds its programme offers and takes its programme's capacity unless planned with its own;
/// latecomers count against the capacity once; attendance is all or nothing and recorded once.
/// </summary>
public sealed class SoaSessionRuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task A_session_is_of_a_kind_its_programme_offers()
    {
        using var f = new TigFixture(Monday, builder: b => b.AddSite<CvOnlySite>());
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.CanPlanAsync("s1", CvOnlySite.ProgrammeId, SoaSessionKind.CompanyVisit, Monday, WorkMinutes.FromHours(3)));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.PlanAsync("s1", CvOnlySite.ProgrammeId, SoaSessionKind.CompanyVisit, Monday, WorkMinutes.FromHours(3)));
        Assert.Null(await f.Soa.FindAsync("s1"));
        Assert.Empty(await f.Soa.CanPlanAsync("s1", CvOnlySite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3)));
        var session = await f.Soa.PlanAsync("s1", CvOnlySite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(3));
        Assert.Equal((SoaSessionKind.Cv, 12), (session.Kind, session.Capacity));   // the programme's default capacity
        Assert.Equal(session, (await f.Soa.FindAsync("s1"))!.Session);
    }

    [Fact]
    public async Task A_session_takes_its_programmes_capacity_unless_planned_with_its_own()
    {
        using var f = new TigFixture(Monday);
        var ids = new List<MeasureId>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add((await f.SentenceAsync($"m{i}", await f.PersonAsync($"p{i}", new(1990, 1, i)), 40, Monday, programme: SoaTestSite.ProgrammeId)).Id);
        }
        Assert.Equal(3, (await f.Soa.PlanAsync("default", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(2))).Capacity);
        Assert.Equal(2, (await f.Soa.PlanAsync("small", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(1), WorkMinutes.FromHours(2), capacity: 2)).Capacity);
        await Assert.ThrowsAsync<ArgumentException>(() => f.Soa.PlanAsync("none", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday, WorkMinutes.FromHours(2), capacity: 0));
        Assert.Equal("TIG-SOA-SESSION-FULL", Assert.Single(await f.Soa.CanRecordAttendanceAsync("small", ids, [], "cip")).Code);
        Assert.Empty(await f.Soa.CanRecordAttendanceAsync("default", ids, [], "cip"));
        Assert.Equal(3, (await f.Soa.RecordAttendanceAsync("default", ids, [], "cip")).Attended.Count);
    }

    [Fact]
    public async Task Latecomers_count_against_the_capacity_once_with_those_already_recorded()
    {
        using var f = new TigFixture(Monday);
        var ids = new List<MeasureId>();
        for (var i = 1; i <= 4; i++)
        {
            ids.Add((await f.SentenceAsync($"m{i}", await f.PersonAsync($"p{i}", new(1990, 1, i)), 40, Monday, programme: SoaTestSite.ProgrammeId)).Id);
        }
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));   // takes 3
        await f.Soa.RecordAttendanceAsync("s1", ids.Take(2), [], "cip");
        // The two already recorded and one latecomer: 3, within the capacity.
        Assert.Empty(await f.Soa.CanRecordAttendanceAsync("s1", ids.Take(3), [], "cip"));
        var attendance = await f.Soa.RecordAttendanceAsync("s1", ids.Take(3), [], "cip");
        Assert.Equal((RecordOutcome.Recorded, 3), (attendance.Outcome, attendance.Attended.Count));
        Assert.Equal(WorkMinutes.FromHours(3), (await f.Tig.GetAsync(ids[0])).Pedagogical);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.Tig.GetAsync(ids[2])).Pedagogical);
        // A fourth is one too many, even listed alone.
        var full = Assert.Single(await f.Soa.CanRecordAttendanceAsync("s1", [ids[3]], [], "cip"));
        Assert.Equal(("TIG-SOA-SESSION-FULL", 4), (full.Code, full.Values["attendees"]));
        Assert.Equal("TIG-SOA-SESSION-FULL", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Soa.RecordAttendanceAsync("s1", [ids[3]], [], "cip"))).Violation.Code);
        Assert.Equal(WorkMinutes.Zero, (await f.Tig.GetAsync(ids[3])).Pedagogical);
    }

    [Fact]
    public async Task Absences_added_later_are_recorded_and_a_repeat_changes_nothing()
    {
        using var f = new TigFixture(Monday);
        var m1 = await f.SentenceAsync("m1", await f.PersonAsync("p1", new(1990, 1, 1)), 40, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", await f.PersonAsync("p2", new(1990, 1, 2)), 40, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        Assert.Equal(RecordOutcome.Recorded, (await f.Soa.RecordAttendanceAsync("s1", [m1.Id], [], "cip")).Outcome);
        var later = await f.Soa.RecordAttendanceAsync("s1", [m1.Id], [m2.Id], "cip");
        Assert.Equal(RecordOutcome.Recorded, later.Outcome);
        Assert.Equal([m2.Id], later.Absent);
        var incident = Assert.Single((await f.ReloadAsync(m2)).Incidents);
        Assert.Equal(("soa:s1:absent", TigIncidentKind.Absence, Monday.AddDays(2)), (incident.Key, incident.Kind, incident.On));
        Assert.Equal(RecordOutcome.AlreadyRecorded, (await f.Soa.RecordAttendanceAsync("s1", [m1.Id], [m2.Id], "cip")).Outcome);
        Assert.Equal(RecordOutcome.AlreadyRecorded, (await f.Soa.RecordAttendanceAsync("s1", [], [m2.Id], "cip")).Outcome);
        Assert.Single((await f.ReloadAsync(m2)).Incidents);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m1)).Pedagogical);
        Assert.Equal("soa:s1", Assert.Single((await f.ReloadAsync(m1)).Entries).Key);
    }

    [Fact]
    public async Task An_attendee_whose_session_hours_are_already_in_the_ledger_is_marked_attended_without_logging_again()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        await f.LogAsync(m, Monday.AddDays(2), 3, "soa:s1", TigEntryKind.Pedagogical);   // logged through the ledger first
        var attendance = await f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip");
        Assert.Equal(RecordOutcome.Recorded, attendance.Outcome);
        Assert.Equal([m.Id], attendance.Attended);
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m)).Pedagogical);
        Assert.Equal([m.Id], (await f.Soa.FindAsync("s1"))!.Attended);
    }

    [Fact]
    public async Task An_absence_whose_incident_the_host_already_recorded_is_still_listed_absent()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Monday, programme: SoaTestSite.ProgrammeId);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        Assert.Empty(await f.Tig.CanRecordIncidentAsync(m.Id, new TigIncident("soa:s1:absent", Monday.AddDays(2), TigIncidentKind.Absence, null, "host")));
        Assert.Equal(RecordOutcome.Recorded, await f.Tig.RecordIncidentAsync(m.Id, new TigIncident("soa:s1:absent", Monday.AddDays(2), TigIncidentKind.Absence, null, "host")));
        var attendance = await f.Soa.RecordAttendanceAsync("s1", [], [m.Id], "cip");
        Assert.Equal(RecordOutcome.Recorded, attendance.Outcome);
        Assert.Equal([m.Id], (await f.Soa.FindAsync("s1"))!.Absent);
        Assert.Equal("host", Assert.Single((await f.ReloadAsync(m)).Incidents).Author);
    }

    [Fact]
    public async Task Attendance_checks_every_attendee_and_lists_each_refusal()
    {
        using var f = new TigFixture(Monday);
        var m1 = await f.SentenceAsync("m1", await f.PersonAsync("p1", new(1990, 1, 1)), 20, Monday, programme: SoaTestSite.ProgrammeId);
        var m2 = await f.SentenceAsync("m2", await f.PersonAsync("p2", new(1990, 1, 2)), 20, Monday, programme: SoaTestSite.ProgrammeId);
        await f.LogAsync(m1, Monday.AddDays(2), 9, "day1");
        await f.LogAsync(m2, Monday.AddDays(2), 9, "day2");
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId, SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(2));   // 11 h that day
        var refusals = await f.Soa.CanRecordAttendanceAsync("s1", [m1.Id, m2.Id], [], "cip");
        Assert.Equal([("TIG-DAILY-MAX", "m1"), ("TIG-DAILY-MAX", "m2")], refusals.Select(v => (v.Code, (string)v.Values["measure"]!)));
        await Assert.ThrowsAsync<RuleViolationException>(() => f.Soa.RecordAttendanceAsync("s1", [m1.Id, m2.Id], [], "cip"));
        Assert.Empty((await f.Soa.FindAsync("s1"))!.Attended);
        Assert.Equal(WorkMinutes.Zero, (await f.ReloadAsync(m1)).Pedagogical);
    }

    [Fact]
    public async Task A_measure_follows_a_programme_whatever_the_case_of_its_id()
    {
        using var f = new TigFixture(Monday);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Monday, programme: SoaTestSite.ProgrammeId.ToUpperInvariant());
        Assert.Equal(SoaTestSite.ProgrammeId, m.SoaProgramme);
        await f.Soa.PlanAsync("s1", SoaTestSite.ProgrammeId.ToUpperInvariant(), SoaSessionKind.Cv, Monday.AddDays(2), WorkMinutes.FromHours(3));
        await f.Soa.RecordAttendanceAsync("s1", [m.Id], [], "cip");
        Assert.Equal(WorkMinutes.FromHours(3), (await f.ReloadAsync(m)).Pedagogical);
    }
}

/// <summary>A site whose SOA programme offers CV workshops only.</summary>
internal sealed class CvOnlySite : ISite
{
    public const string ProgrammeId = "soa-paris-cv";

    public string Id => "cv-only-site";
    public string Name => "CV only site";
    public FrenchRegion Region => FrenchRegion.Metropolitan;
    public IReadOnlyList<SiteLocation> Locations => [];
    public IReadOnlyList<ProgrammeDefinition> Programmes => [];
    public IReadOnlyList<DateRange> Closures => [];
    public IReadOnlyList<SiteParameterOverride> ParameterOverrides => [];
    public IReadOnlyList<SoaProgrammeDefinition> SoaProgrammes { get; } =
    [
        new SoaProgrammeDefinition { Id = ProgrammeId, Territory = TigTerritory.Paris, SessionKinds = [SoaSessionKind.Cv] },
    ];
}
