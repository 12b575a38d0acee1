using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>Reports to the SPIP: progress, pace, risk, unfinished measures, attestation; and the specifications.</summary>
public sealed class TigReportTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public async Task Progress_gives_the_pace_needed_per_week_to_finish_by_the_deadline()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Start, 1); // deadline 2026-04-01
        await f.LogAsync(m, Start, 5, "a", TigEntryKind.Pedagogical);
        var today = new DateOnly(2026, 3, 4); // 29 days left, both included
        var progress = await f.Reports.ProgressAsync(m.Id, today);
        Assert.Equal(29, progress.DaysLeft);
        Assert.Equal(new WorkMinutes((35 * 60 * 7 + 28) / 29), progress.PaceNeededPerWeek);
        Assert.Equal(0.125m, progress.PedagogicalShare);
        Assert.Equal(0.5m, progress.PedagogicalShareMax);
        Assert.False(progress.UnfinishedAtDeadline);
        Assert.Null((await f.Reports.ProgressAsync(m.Id, m.Deadline.AddDays(1))).PaceNeededPerWeek);
    }

    [Fact]
    public async Task At_risk_when_the_pace_needed_is_above_the_weekly_availability_or_the_deadline_passed()
    {
        using var f = new TigFixture();
        var slow = await f.SentenceAsync("slow", await f.PersonAsync("p1", new(1990, 1, 1)), 40, Start, 1);
        var fine = await f.SentenceAsync("fine", await f.PersonAsync("p2", new(1990, 1, 1)), 20, Start, 6);
        var availability = new Dictionary<PersonId, WorkMinutes> { [slow.Person] = WorkMinutes.FromHours(8), [fine.Person] = WorkMinutes.FromHours(8) };
        var atRisk = await f.Reports.AtRiskAsync(Start, p => availability.TryGetValue(p, out var a) ? a : null);
        Assert.Equal([slow.Id], atRisk.Select(r => r.Measure));
        Assert.Equal([slow.Id], (await f.Reports.UnfinishedAtDeadlineAsync(slow.Deadline.AddDays(1))).Select(r => r.Measure));
        Assert.Equal([slow.Id], (await f.Reports.AtRiskAsync(slow.Deadline.AddDays(1), _ => null)).Select(r => r.Measure));
    }

    [Fact]
    public async Task Specifications_select_by_deadline_window_territory_and_state()
    {
        using var f = new TigFixture();
        var p = await f.PersonAsync("p", new(1990, 1, 1));
        var a = await f.SentenceAsync("a", p, 20, Start, 1, territory: TigTerritory.Var);
        var b = await f.SentenceAsync("b", p, 20, Start, 6, territory: TigTerritory.Paris);
        var c = await f.SentenceAsync("c", p, 20, Start, 2, programme: SoaTestSite.ProgrammeId);
        Assert.Equal([a.Id], (await f.Tig.ListAsync(new DeadlineWithinSpec(Start, 31))).Select(m => m.Id));
        Assert.Equal([a.Id, c.Id], (await f.Tig.ListAsync(new DeadlineWithinSpec(Start, 62))).Select(m => m.Id));
        Assert.Equal([b.Id], (await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Paris))).Select(m => m.Id));
        Assert.Equal([c.Id], (await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Somme, TigState.Active))).Select(m => m.Id));
        Assert.Empty(await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.Somme, TigState.Completed)));
        Assert.Empty(await f.Tig.ListAsync(new MeasuresByTerritorySpec(TigTerritory.SeineSaintDenis)));
    }

    [Fact]
    public async Task The_attestation_gives_hours_by_kind_and_month_with_ids_and_no_health_data()
    {
        using var f = new TigFixture(Start);
        var m = await f.SentenceAsync("m-2026-001", await f.PersonAsync("person-7f3a", new(1990, 1, 1)), 20, Start, 6);
        await f.LogAsync(m, Start, 6, "a");
        await f.LogAsync(m, new DateOnly(2026, 4, 1), 4, "b", TigEntryKind.Pedagogical);
        await f.LogAsync(m, new DateOnly(2026, 4, 2), 3, "c");
        await f.Tig.CorrectAsync(m.Id, "c", "fix-c", "cip");
        await f.Tig.SuspendAsync(m.Id, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 10), TigSuspensionReason.Medical);
        await f.Tig.RecordIncidentAsync(m.Id, new TigIncident("i1", new DateOnly(2026, 5, 20), TigIncidentKind.Absence, "sick note", "cip"));
        await f.LogAsync(m, new DateOnly(2026, 6, 1), 10, "d");

        var attestation = await f.Reports.AttestationAsync(m.Id, new DateOnly(2026, 6, 2));
        Assert.Equal(
            [new TigMonthHours(2026, 3, WorkMinutes.FromHours(6), WorkMinutes.Zero),
             new TigMonthHours(2026, 4, WorkMinutes.Zero, WorkMinutes.FromHours(4)),
             new TigMonthHours(2026, 6, WorkMinutes.FromHours(10), WorkMinutes.Zero)],
            attestation.ByMonth);
        Assert.Equal((TigState.Completed, WorkMinutes.FromHours(16), WorkMinutes.FromHours(4)), (attestation.State, attestation.Task, attestation.Pedagogical));
        var md = attestation.ToMarkdown();
        Assert.Contains("m-2026-001", md, StringComparison.Ordinal);
        Assert.Contains("person-7f3a", md, StringComparison.Ordinal);
        Assert.Contains("| 2026-04 | 0 h | 4 h | 4 h |", md, StringComparison.Ordinal);
        Assert.Contains("par décision", md, StringComparison.Ordinal);
        Assert.DoesNotContain("edical", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sick", md, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unfinished_measure_at_its_deadline_is_stated_in_the_attestation()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 1);
        await f.LogAsync(m, Start, 5, "a");
        var attestation = await f.Reports.AttestationAsync(m.Id, m.Deadline.AddDays(1));
        Assert.True(attestation.UnfinishedAtDeadline);
        Assert.Contains("non achevée", attestation.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("15 h restent", attestation.ToMarkdown(), StringComparison.Ordinal);
    }
}
