using Microsoft.Extensions.DependencyInjection;
using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>The hours ledger: idempotent keys, corrections, caps (C. pén. 131-8, 131-22, R. 623-16, C. trav. L3121-18, L3162-1).</summary>
public sealed class TigLedgerRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2); // a Monday

    [Fact]
    public async Task The_same_key_twice_is_accepted_once_and_answers_already_recorded_after()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start);
        Assert.Equal(RecordOutcome.Recorded, (await f.LogAsync(m, Start, 5, "k")).Outcome);
        var again = await f.LogAsync(m, Start.AddDays(1), 9, "k");
        Assert.Equal(RecordOutcome.AlreadyRecorded, again.Outcome);
        Assert.Equal(WorkMinutes.FromHours(5), again.Entry.Minutes);
        m = await f.ReloadAsync(m);
        Assert.Equal(WorkMinutes.FromHours(5), m.Done);
        Assert.Single(m.Entries);
    }

    [Fact]
    public async Task A_correction_is_a_reversing_entry_naming_the_original()
    {
        using var f = new TigFixture(Start);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start);
        await f.LogAsync(m, Start, 10, "k1");
        await f.LogAsync(m, Start.AddDays(1), 10, "k2", TigEntryKind.Pedagogical);
        Assert.Equal(TigState.Completed, (await f.ReloadAsync(m)).State);
        var fix = await f.Tig.CorrectAsync(m.Id, "k2", "fix-k2", "cip-1");
        Assert.Equal((new WorkMinutes(-600), "k2", TigEntryKind.Pedagogical, Start.AddDays(1)), (fix.Entry.Minutes, fix.Entry.Reverses, fix.Entry.Kind, fix.Entry.On));
        m = await f.ReloadAsync(m);
        Assert.Equal((WorkMinutes.FromHours(10), WorkMinutes.Zero, TigState.Active), (m.Done, m.Pedagogical, m.State));
        Assert.Equal(3, m.Entries.Count);
        Assert.Equal(RecordOutcome.AlreadyRecorded, (await f.Tig.CorrectAsync(m.Id, "k2", "fix-k2", "cip-1")).Outcome);
        Assert.Equal("TIG-CORRECTION-INVALID", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Tig.CorrectAsync(m.Id, "k2", "fix-again", "cip-1"))).Violation.Code);
        Assert.Equal("TIG-CORRECTION-INVALID", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Tig.CorrectAsync(m.Id, "fix-k2", "fix-fix", "cip-1"))).Violation.Code);
        Assert.Equal("TIG-CORRECTION-INVALID", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Tig.CorrectAsync(m.Id, "nope", "fix-nope", "cip-1"))).Violation.Code);
        Assert.Equal(3, (await f.ReloadAsync(m)).Entries.Count);
    }

    [Fact]
    public async Task Refusals_come_in_the_documented_order_and_the_query_twin_lists_them_all()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 20, Start, 1);
        var v = await f.Tig.CanLogAsync(m.Id, Start.AddYears(1), WorkMinutes.FromHours(21), TigEntryKind.Pedagogical, "k", "test");
        Assert.Equal(["TIG-HOURS-EXCEEDED", "TIG-OUTSIDE-TERM", "TIG-PEDAGOGICAL-SHARE", "TIG-DAILY-MAX"], v.Select(x => x.Code).ToArray());
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m, Start.AddYears(1), 21, "k", TigEntryKind.Pedagogical));
        Assert.Equal("TIG-HOURS-EXCEEDED", ex.Violation.Code);
        Assert.Empty((await f.ReloadAsync(m)).Entries);
    }

    [Fact]
    public async Task An_unknown_measure_is_not_found()
    {
        using var f = new TigFixture();
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.GetAsync(new MeasureId("nope")));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.LogAsync(new MeasureId("nope"), Start, WorkMinutes.FromHours(1), TigEntryKind.Task, "k", "t"));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => f.Tig.CanSuspendAsync(new MeasureId("nope"), Start, Start, TigSuspensionReason.Medical));
    }

    [Fact]
    public async Task Weekly_cap_sums_every_paid_work_source_R_623_16()
    {
        using var f = new TigFixture(configure: s => s.AddScoped<IPaidWorkSource>(_ => new FullTimeCddiSource(new PersonId("p"))));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Start);
        await f.LogAsync(m, Start.AddDays(5), 10, "sat");
        Assert.Equal("TIG-WEEKLY-CUMUL", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m, Start.AddDays(6), 2.25m, "sun"))).Violation.Code);
        await f.LogAsync(m, Start.AddDays(6), 2, "sun");
        await f.LogAsync(m, Start.AddDays(7), 5, "next-mon");
        await f.PaidWork.DeclareAsync(m.Person, IsoWeek.Of(Start.AddDays(7)), WorkMinutes.FromHours(7));
        Assert.Equal("TIG-WEEKLY-CUMUL", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m, Start.AddDays(8), 0.25m, "next-tue"))).Violation.Code);
        Assert.Equal(WorkMinutes.FromHours(17), (await f.ReloadAsync(m)).Done);
    }

    [Fact]
    public async Task Daily_cap_counts_every_measure_of_the_person_and_8_hours_under_18()
    {
        using var f = new TigFixture();
        var adult = await f.PersonAsync("a", new(1990, 1, 1));
        var m1 = await f.SentenceAsync("m1", adult, 40, Start);
        var m2 = await f.SentenceAsync("m2", adult, 40, Start);
        await f.LogAsync(m1, Start, 6, "k");
        await f.LogAsync(m2, Start, 4, "k");
        Assert.Equal("TIG-DAILY-MAX", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m2, Start, 0.25m, "k2"))).Violation.Code);

        var minor = await f.PersonAsync("b", new(2009, 3, 3)); // 17 until 2027-03-02
        var m3 = await f.SentenceAsync("m3", minor, 40, Start);
        Assert.Equal("TIG-DAILY-MAX", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m3, Start, 8.25m, "k"))).Violation.Code);
        await f.LogAsync(m3, Start, 8, "k");
    }

    [Fact]
    public async Task A_sites_daily_maximum_applies_to_a_measure_followed_on_its_programme_and_is_listed_in_reports()
    {
        using var f = new TigFixture(builder: b => b.AddSite<SixHourSite>());
        var p = await f.PersonAsync("p", new(1990, 1, 1));
        var onSite = await f.SentenceAsync("on-site", p, 40, Start, programme: SixHourSite.ProgrammeId);
        var elsewhere = await f.SentenceAsync("elsewhere", await f.PersonAsync("q", new(1990, 1, 1)), 40, Start);
        Assert.Equal("TIG-DAILY-MAX", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(onSite, Start, 8, "d1"))).Violation.Code);
        await f.LogAsync(onSite, Start, 6, "d1");
        await f.LogAsync(elsewhere, Start, 8, "d1"); // the host's 10 h
        var named = await f.SentenceAsync("named", await f.PersonAsync("r", new(1990, 1, 1)), 40, Start, site: SixHourSite.SiteId);
        Assert.Equal("TIG-DAILY-MAX", (await f.Tig.CanLogAsync(named.Id, Start, WorkMinutes.FromHours(7), TigEntryKind.Task, "d1", "t")).Single().Code);

        var listed = Assert.Single((await f.Reports.ProgressAsync(onSite.Id, Start)).Overrides);
        Assert.Equal(("TIG.DailyMaxHours", "6"), (listed.Name, listed.Value));
        Assert.Contains(SixHourSite.SiteId, listed.By, StringComparison.Ordinal);
        Assert.Single((await f.Reports.AttestationAsync(onSite.Id, Start)).Overrides);
        Assert.Empty((await f.Reports.ProgressAsync(elsewhere.Id, Start)).Overrides);
    }

    [Fact]
    public async Task Hours_on_a_cancelled_measure_are_refused_and_the_decision_is_recorded()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Start);
        await f.Tig.DecideAsync(m.Id, new TigCourtDecision(Start.AddDays(30), TigCourtDecisionKind.Cancellation, "jap-2026-17"));
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Cancelled, m.State);
        Assert.Single(m.CourtDecisions);
        Assert.Equal("TIG-INVALID-TRANSITION", (await Assert.ThrowsAsync<RuleViolationException>(() => f.LogAsync(m, Start, 1, "k"))).Violation.Code);
        var conversion = new TigCourtDecision(Start.AddDays(31), TigCourtDecisionKind.Conversion, "jap-2026-18");
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(await f.Tig.CanDecideAsync(m.Id, conversion)).Code);
        Assert.Equal("TIG-INVALID-TRANSITION", (await Assert.ThrowsAsync<RuleViolationException>(() => f.Tig.DecideAsync(m.Id, conversion))).Violation.Code);
    }

    [Fact]
    public async Task A_correction_on_a_cancelled_measure_is_TIG_INVALID_TRANSITION_before_any_entry_check_C_pen_131_22()
    {
        using var f = new TigFixture();
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 40, Start);
        await f.LogAsync(m, Start, 3, "k1");
        await f.Tig.DecideAsync(m.Id, new TigCourtDecision(Start.AddDays(30), TigCourtDecisionKind.Cancellation, "jap-2026-19"));
        // The original exists (k1) and an unknown one (nope) would be TIG-CORRECTION-INVALID: the state answers first for both.
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(await f.Tig.CanCorrectAsync(m.Id, "k1", "c1", "test")).Code);
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Single(await f.Tig.CanCorrectAsync(m.Id, "nope", "c2", "test")).Code);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => f.Tig.CorrectAsync(m.Id, "k1", "c1", "test"));
        Assert.Equal("TIG-INVALID-TRANSITION", ex.Violation.Code);
        m = await f.ReloadAsync(m);
        Assert.Equal(WorkMinutes.FromHours(3), m.Done);
        Assert.Single(m.Entries);
    }

    [Fact]
    public async Task Running_sums_equal_the_fold_of_the_entries()
    {
        using var f = new TigFixture(Start);
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", new(1990, 1, 1)), 100, Start);
        await f.LogAsync(m, Start, 3.5m, "a", TigEntryKind.Pedagogical);
        await f.LogAsync(m, Start.AddDays(1), 7.25m, "b");
        await f.Tig.CorrectAsync(m.Id, "a", "fix-a", "cip");
        await f.LogAsync(m, Start.AddDays(2), 2, "c", TigEntryKind.Pedagogical);
        m = await f.ReloadAsync(m);
        Assert.Equal((m.Done.Minutes, m.Pedagogical.Minutes), m.Refold());
        Assert.Equal(m.Entries.Sum(e => e.Minutes.Minutes), m.Done.Minutes);
    }
}
