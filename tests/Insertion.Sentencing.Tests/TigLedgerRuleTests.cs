using Microsoft.Extensions.DependencyInjection;
using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>The hours ledger: idempotent keys, corrections, caps (C. pén. 131-8, 131-22, R. 623-16, C. trav. L3121-18, L3162-1).</summary>
public sealed class TigLedgerRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2); // a Monday

    [Fact]
    public void The_same_key_twice_is_accepted_once_and_ignored_after()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start);
        Assert.False(f.Log(m, Start, 5, "k").Duplicate);
        var again = f.Log(m, Start.AddDays(1), 9, "k");
        Assert.True(again.Duplicate);
        Assert.Equal(WorkMinutes.FromHours(5), again.Entry.Minutes);
        Assert.Equal(WorkMinutes.FromHours(5), m.Done);
        Assert.Single(m.Entries);
    }

    [Fact]
    public void A_correction_is_a_reversing_entry_naming_the_original()
    {
        using var f = new TigFixture(Start);
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start);
        f.Log(m, Start, 10, "k1");
        f.Log(m, Start.AddDays(1), 10, "k2", TigEntryKind.Pedagogical);
        Assert.Equal(TigState.Completed, m.State);
        var fix = f.Tig.Correct(m.Id, "k2", "fix-k2", "cip-1");
        Assert.Equal((new WorkMinutes(-600), "k2", TigEntryKind.Pedagogical, Start.AddDays(1)), (fix.Entry.Minutes, fix.Entry.Reverses, fix.Entry.Kind, fix.Entry.On));
        Assert.Equal((WorkMinutes.FromHours(10), WorkMinutes.Zero, TigState.Active), (m.Done, m.Pedagogical, m.State));
        Assert.Equal(3, m.Entries.Count);
        Assert.True(f.Tig.Correct(m.Id, "k2", "fix-k2", "cip-1").Duplicate);
        Assert.Equal("TIG-CORRECTION-INVALID", Assert.Throws<RuleViolationException>(() => f.Tig.Correct(m.Id, "k2", "fix-again", "cip-1")).Violation.Code);
        Assert.Equal("TIG-CORRECTION-INVALID", Assert.Throws<RuleViolationException>(() => f.Tig.Correct(m.Id, "fix-k2", "fix-fix", "cip-1")).Violation.Code);
        Assert.Equal("TIG-CORRECTION-INVALID", Assert.Throws<RuleViolationException>(() => f.Tig.Correct(m.Id, "nope", "fix-nope", "cip-1")).Violation.Code);
        Assert.Equal(3, m.Entries.Count);
    }

    [Fact]
    public void Refusals_come_in_the_documented_order_and_the_query_twin_lists_them_all()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 20, Start, 1);
        var v = f.Tig.CanLog(m.Id, Start.AddYears(1), WorkMinutes.FromHours(21), TigEntryKind.Pedagogical, "k");
        Assert.Equal(["TIG-HOURS-EXCEEDED", "TIG-OUTSIDE-TERM", "TIG-PEDAGOGICAL-SHARE", "TIG-DAILY-MAX"], v.Select(x => x.Code).ToArray());
        var ex = Assert.Throws<RuleViolationException>(() => f.Log(m, Start.AddYears(1), 21, "k", TigEntryKind.Pedagogical));
        Assert.Equal("TIG-HOURS-EXCEEDED", ex.Violation.Code);
        Assert.Empty(m.Entries);
    }

    [Fact]
    public void Weekly_cap_sums_every_paid_work_source_R_623_16()
    {
        using var f = new TigFixture(configure: s => s.AddSingleton<IPaidWorkSource>(new FullTimeCddiSource(new PersonId("p"))));
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 40, Start);
        f.Log(m, Start.AddDays(5), 10, "sat");
        Assert.Equal("TIG-WEEKLY-CUMUL", Assert.Throws<RuleViolationException>(() => f.Log(m, Start.AddDays(6), 2.25m, "sun")).Violation.Code);
        f.Log(m, Start.AddDays(6), 2, "sun");
        f.Log(m, Start.AddDays(7), 5, "next-mon");
        f.PaidWork.Declare(m.Person, IsoWeek.Of(Start.AddDays(7)), WorkMinutes.FromHours(7));
        Assert.Equal("TIG-WEEKLY-CUMUL", Assert.Throws<RuleViolationException>(() => f.Log(m, Start.AddDays(8), 0.25m, "next-tue")).Violation.Code);
        Assert.Equal(WorkMinutes.FromHours(17), m.Done);
    }

    [Fact]
    public void Daily_cap_counts_every_measure_of_the_person_and_8_hours_under_18()
    {
        using var f = new TigFixture();
        var adult = f.Person("a", new(1990, 1, 1));
        var m1 = f.Sentence("m1", adult, 40, Start);
        var m2 = f.Sentence("m2", adult, 40, Start);
        f.Log(m1, Start, 6, "k");
        f.Log(m2, Start, 4, "k");
        Assert.Equal("TIG-DAILY-MAX", Assert.Throws<RuleViolationException>(() => f.Log(m2, Start, 0.25m, "k2")).Violation.Code);

        var minor = f.Person("b", new(2009, 3, 3)); // 17 until 2027-03-02
        var m3 = f.Sentence("m3", minor, 40, Start);
        Assert.Equal("TIG-DAILY-MAX", Assert.Throws<RuleViolationException>(() => f.Log(m3, Start, 8.25m, "k")).Violation.Code);
        f.Log(m3, Start, 8, "k");
    }

    [Fact]
    public void Hours_on_a_cancelled_measure_are_refused_and_the_decision_is_recorded()
    {
        using var f = new TigFixture();
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 40, Start);
        f.Tig.Decide(m.Id, new TigCourtDecision(Start.AddDays(30), TigCourtDecisionKind.Cancellation, "jap-2026-17"));
        Assert.Equal(TigState.Cancelled, m.State);
        Assert.Single(m.CourtDecisions);
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Throws<RuleViolationException>(() => f.Log(m, Start, 1, "k")).Violation.Code);
        Assert.Equal("TIG-INVALID-TRANSITION", Assert.Throws<RuleViolationException>(() =>
            f.Tig.Decide(m.Id, new TigCourtDecision(Start.AddDays(31), TigCourtDecisionKind.Conversion, "jap-2026-18"))).Violation.Code);
    }

    [Fact]
    public void Running_sums_equal_the_fold_of_the_entries()
    {
        using var f = new TigFixture(Start);
        var m = f.Sentence("m", f.Person("p", new(1990, 1, 1)), 100, Start);
        f.Log(m, Start, 3.5m, "a", TigEntryKind.Pedagogical);
        f.Log(m, Start.AddDays(1), 7.25m, "b");
        f.Tig.Correct(m.Id, "a", "fix-a", "cip");
        f.Log(m, Start.AddDays(2), 2, "c", TigEntryKind.Pedagogical);
        Assert.Equal((m.Done.Minutes, m.Pedagogical.Minutes), m.Ledger.Refold());
        Assert.Equal(m.Entries.Sum(e => e.Minutes.Minutes), m.Done.Minutes);
    }
}
