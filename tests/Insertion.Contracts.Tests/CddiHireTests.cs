using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>C. trav. L5132-15-1 (minimum, hours), L1242-10 (trial), PASS IAE at hire, one CDDI at a time.</summary>
public class CddiHireTests
{
    private readonly LegalParameters _p = Parameters();

    [Theory]
    [InlineData("2026-01-05", 3, "CDDI-MIN-DURATION")]
    [InlineData("2026-01-05", 4, null)]
    [InlineData("2026-10-31", 4, null)]
    public void Minimum_length_is_four_months_date_a_date(string start, int months, string? code)
    {
        var violations = CddiContract.CanHire(Request(start, months), [Pass(start)], [], _p);
        Assert.Equal(code, violations.Count > 0 ? violations[0].Code : null);
    }

    [Fact]
    public void One_day_short_of_four_months_is_refused_unless_sentence_adjustment()
    {
        var start = D("2026-10-31");
        var request = Request("2026-10-31", 4) with { End = D("2027-02-27") };
        Assert.Equal("CDDI-MIN-DURATION", CddiContract.CanHire(request, [Pass("2026-10-31")], [], _p).Single().Code);
        Assert.Empty(CddiContract.CanHire(request with { SentenceAdjustment = true }, [Pass("2026-10-31")], [], _p));
        Assert.Equal(D("2027-02-28"), LegalDates.MonthsEnd(start, 4));
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(35, false)]
    [InlineData(36, true)]
    public void Weekly_hours_are_20_to_35(int hours, bool refused)
    {
        var v = CddiContract.CanHire(Request(hours: hours), [Pass()], [], _p);
        Assert.Equal(refused, v.Any(x => x.Code == "CDDI-WEEKLY-HOURS"));
    }

    [Theory]
    [InlineData("2026-03-02", 4, "2026-03-15")]   // 17 full weeks, capped at 14 days
    [InlineData("2026-01-05", 6, "2026-01-18")]   // exactly 6 months: 14 days
    [InlineData("2026-01-05", 8, "2026-02-04")]   // one month date à date
    [InlineData("2026-01-31", 8, "2026-02-28")]   // one month from 31 January
    public void Default_trial_is_the_legal_maximum(string start, int months, string trialEnd)
    {
        var c = CddiContract.Hire(Request(start, months), [Pass(start)], [], _p);
        Assert.Equal(CddiState.Trial, c.State);
        Assert.Equal(D(trialEnd), c.TrialEnd);
    }

    [Fact]
    public void Just_over_six_months_counts_full_weeks_under_the_month_cap()
    {
        var end = D("2026-07-05");
        Assert.Equal(D("2026-01-30"), CddiContract.LegalTrialEnd(D("2026-01-05"), end, _p)); // 182 days = 26 weeks
    }

    [Fact]
    public void A_short_derogatory_contract_counts_one_day_per_full_week()
    {
        var start = D("2026-03-02");
        Assert.Equal(D("2026-03-09"), CddiContract.LegalTrialEnd(start, LegalDates.MonthsEnd(start, 2), _p));
        Assert.Equal(start.AddDays(-1), CddiContract.LegalTrialEnd(start, start.AddDays(5), _p));
    }

    [Fact]
    public void Trial_days_zero_is_active_at_once_and_n_days_end_on_start_plus_n_minus_one()
    {
        Assert.Equal(CddiState.Active, Hire(trialDays: 0).State);
        Assert.Null(Hire(trialDays: 0).TrialEnd);
        Assert.Equal(D("2026-01-05"), Hire(trialDays: 1).TrialEnd);
        Assert.Equal(D("2026-01-14"), Hire(trialDays: 10).TrialEnd);
    }

    [Fact]
    public void Trial_longer_than_the_legal_maximum_is_refused()
    {
        Assert.Equal("CDDI-TRIAL-TOO-LONG", CddiContract.CanHire(Request(months: 8, trialDays: 32), [Pass()], [], _p).Single().Code);
        Assert.Empty(CddiContract.CanHire(Request(months: 8, trialDays: 31), [Pass()], [], _p));
    }

    [Fact]
    public void Refusals_follow_the_documented_order()
    {
        var other = Hire();
        var bad = Request(months: 2, hours: 10, trialDays: 60, id: "c2");
        Assert.Equal("PASS-IAE-MISSING", CddiContract.CanHire(bad, [], [other], _p).Single().Code);
        Assert.Equal("CDDI-MIN-DURATION", CddiContract.CanHire(bad, [Pass()], [other], _p).Single().Code);
        Assert.Equal("CDDI-WEEKLY-HOURS", CddiContract.CanHire(Request(months: 4, hours: 10, trialDays: 60, id: "c2"), [Pass()], [other], _p).Single().Code);
        Assert.Equal("CDDI-TRIAL-TOO-LONG", CddiContract.CanHire(Request(months: 4, trialDays: 60, id: "c2"), [Pass()], [other], _p).Single().Code);
        Assert.Equal("CDDI-OVERLAP", CddiContract.CanHire(Request(months: 4, id: "c2"), [Pass()], [other], _p).Single().Code);
    }

    [Fact]
    public void Overlap_ignores_ended_contracts_and_adjacent_ones()
    {
        var first = Hire(months: 4);
        Assert.Empty(CddiContract.CanHire(Request("2026-05-05", id: "c2"), [Pass()], [first], _p));
        Assert.Equal("CDDI-OVERLAP", CddiContract.CanHire(Request("2026-05-04", id: "c2"), [Pass()], [first], _p).Single().Code);
        first.FailTrial(D("2026-01-06"));
        Assert.Empty(CddiContract.CanHire(Request("2026-05-04", id: "c2"), [Pass()], [first], _p));
    }

    [Fact]
    public void Pass_must_hold_the_start_day()
    {
        var pass = Pass("2026-03-03", "2026-09-30");
        Assert.Equal("PASS-IAE-MISSING", CddiContract.CanHire(Request("2026-03-02"), [pass], [], _p).Single().Code);
        Assert.Empty(CddiContract.CanHire(Request("2026-09-30"), [pass], [], _p));
        Assert.Equal("PASS-IAE-MISSING", CddiContract.CanHire(Request("2026-10-01"), [pass], [], _p).Single().Code);
        Assert.Equal("PASS-IAE-MISSING", CddiContract.CanHire(Request("2026-03-05", person: "p2"), [pass], [], _p).Single().Code);
    }
}
