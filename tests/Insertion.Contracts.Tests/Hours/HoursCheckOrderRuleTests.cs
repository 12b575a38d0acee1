using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// The order of the money-path checks of a worked-hours entry against its contract (SCENARIOS.md,
/// <c>workHours</c>; DOMAIN.md §2, "Aide au poste"): <c>HOURS-KEY-CONFLICT</c>, then
/// <c>HOURS-ENTRY-INVALID</c> (no minutes, or more than a day can hold), then
/// <c>HOURS-OUTSIDE-CONTRACT</c> (the contract's history decides), then <c>HOURS-DAILY-MAX</c>
/// (C. trav. L3121-18). A wrong hour is aid the structure must pay back, so each refusal is pinned
/// with the first rule it meets and the values it names, and each refused entry leaves the ledger unchanged.
/// </summary>
public sealed class HoursCheckOrderRuleTests
{
    private static readonly WorkMinutes TenHours = WorkMinutes.FromHours(10);

    /// <summary>Hired 2026-01-05 for 4 months without a trial: last day 2026-05-04.</summary>
    private static CddiContract Contract() => Fixtures.Hire(months: 4, trialDays: 0);

    private static RuleViolation Refusal(ContractHoursLedger ledger, WorkedHoursLine line, CddiContract contract, WorkMinutes dailyMax)
    {
        var before = Observe(ledger);
        var twin = Assert.Single(ledger.CanRecord(line, contract, dailyMax));
        var ex = Assert.Throws<RuleViolationException>(() => ledger.Record(line, contract, dailyMax));
        Assert.Equal(twin.Code, ex.Violation.Code);
        Assert.Equal(before, Observe(ledger));
        return ex.Violation;
    }

    [Theory]
    [InlineData("2026-01-04", 0)]
    [InlineData("2026-01-04", -60)]
    [InlineData("2026-05-05", 0)]
    [InlineData("2026-03-02", 0)]
    public void HOURS_ENTRY_INVALID_no_minutes_comes_before_HOURS_OUTSIDE_CONTRACT_DOMAIN_2(string on, int minutes)
    {
        var contract = Contract();
        contract.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        var ledger = new ContractHoursLedger(C1);
        var line = new WorkedHoursLine(C1, D(on), new WorkMinutes(minutes), "k", "cip-1");
        Assert.Equal("HOURS-ENTRY-INVALID", Refusal(ledger, line, contract, TenHours).Code);
    }

    [Fact]
    public void HOURS_KEY_CONFLICT_comes_before_HOURS_ENTRY_INVALID_and_HOURS_OUTSIDE_CONTRACT()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        ledger.Record(Line(C1, "2026-01-06", 7, "k"), contract, TenHours);
        Assert.Equal("HOURS-KEY-CONFLICT", Refusal(ledger, new WorkedHoursLine(C1, D("2026-01-04"), WorkMinutes.Zero, "k", "cip-1"), contract, TenHours).Code);
        Assert.Equal("HOURS-KEY-CONFLICT", Refusal(ledger, Line(C1, "2026-01-04", 7, "k"), contract, TenHours).Code);
        Assert.Equal("HOURS-KEY-CONFLICT", Refusal(ledger, Line(C1, "2026-01-06", 11, "k"), contract, TenHours).Code);
        Assert.Equal(RecordOutcome.AlreadyRecorded, ledger.Record(Line(C1, "2026-01-06", 7, "k"), contract, TenHours));
        Assert.Empty(ledger.CanRecord(Line(C1, "2026-01-06", 7, "k"), contract, TenHours));
    }

    [Fact]
    public void A_replay_is_accepted_even_after_the_contract_was_suspended_on_that_day()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        ledger.Record(Line(C1, "2026-03-02", 7, "k"), contract, TenHours);
        contract.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        Assert.Equal(RecordOutcome.AlreadyRecorded, ledger.Record(Line(C1, "2026-03-02", 7, "k"), contract, TenHours));
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", Refusal(ledger, Line(C1, "2026-03-02", 1, "other"), contract, TenHours).Code);
        Assert.Equal(WorkMinutes.FromHours(7), ledger.Total);
    }

    [Fact]
    public void HOURS_OUTSIDE_CONTRACT_comes_before_HOURS_DAILY_MAX_and_names_the_contract_and_day()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        var v = Refusal(ledger, Line(C1, "2026-05-05", 11, "k"), contract, TenHours);
        Assert.Equal("HOURS-OUTSIDE-CONTRACT", v.Code);
        Assert.Equal("c1", v.Values["contract"]);
        Assert.Equal(D("2026-05-05"), v.Values["on"]);
    }

    [Fact]
    public void HOURS_OUTSIDE_CONTRACT_says_why_before_the_start_after_the_last_day_or_suspended()
    {
        var contract = Contract();
        contract.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
        contract.Resume(D("2026-03-09"));
        contract.Terminate(D("2026-04-10"), CddiTerminationReason.MutualAgreement);
        var ledger = new ContractHoursLedger(C1);
        Assert.Contains("it starts on 2026-01-05", Refusal(ledger, Line(C1, "2026-01-04", 7, "a"), contract, TenHours).Message, StringComparison.Ordinal);
        Assert.Contains("its last day is 2026-04-10", Refusal(ledger, Line(C1, "2026-04-11", 7, "b"), contract, TenHours).Message, StringComparison.Ordinal);
        Assert.Contains("suspended", Refusal(ledger, Line(C1, "2026-03-08", 7, "c"), contract, TenHours).Message, StringComparison.Ordinal);
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-04-10", 7, "d"), contract, TenHours));
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-03-09", 7, "e"), contract, TenHours));
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-03-01", 7, "f"), contract, TenHours));
    }

    [Fact]
    public void HOURS_OUTSIDE_CONTRACT_on_the_term_day_is_allowed_and_the_day_after_is_not()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        Assert.Contains("its last day is 2026-05-04", Refusal(ledger, Line(C1, "2026-05-05", 7, "a"), contract, TenHours).Message, StringComparison.Ordinal);
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-05-04", 7, "b"), contract, TenHours));
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-01-05", 7, "c"), contract, TenHours));
    }

    [Fact]
    public void HOURS_DAILY_MAX_names_the_day_total_this_entry_included_and_the_maximum_L3121_18()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        ledger.Record(Line(C1, "2026-01-06", 6, "a"), contract, TenHours);
        ledger.Record(Line(C1, "2026-01-07", 9, "other-day"), contract, TenHours);
        var v = Refusal(ledger, Line(C1, "2026-01-06", 4.5m, "b"), contract, TenHours);
        Assert.Equal("HOURS-DAILY-MAX", v.Code);
        Assert.Equal(WorkMinutes.FromHours(10.5m), v.Values["dayTotal"]);
        Assert.Equal(TenHours, v.Values["max"]);
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-01-06", 4, "c"), contract, TenHours));
        Assert.Equal(TenHours, ledger.OnDay(D("2026-01-06")));
    }

    [Fact]
    public void A_reversal_frees_the_day_for_the_daily_maximum_L3121_18()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        ledger.Record(Line(C1, "2026-01-06", 10, "a"), contract, TenHours);
        Assert.Equal("HOURS-DAILY-MAX", Refusal(ledger, Line(C1, "2026-01-06", 8, "b"), contract, TenHours).Code);
        ledger.Reverse(new HoursReversal(C1, "a", "a-rev", "cip-1"));
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-01-06", 8, "b"), contract, TenHours));
        Assert.Equal(WorkMinutes.FromHours(8), ledger.Total);
    }

    [Fact]
    public void HOURS_ENTRY_INVALID_a_day_holds_at_most_24_hours_even_under_a_higher_daily_maximum()
    {
        var contract = Contract();
        var ledger = new ContractHoursLedger(C1);
        var thirty = WorkMinutes.FromHours(30);
        ledger.Record(Line(C1, "2026-01-06", 20, "a"), contract, thirty);
        Assert.Equal("HOURS-ENTRY-INVALID", Refusal(ledger, Line(C1, "2026-01-06", 4.25m, "b"), contract, thirty).Code);
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-01-06", 4, "c"), contract, thirty));
        Assert.Equal(WorkMinutes.FromHours(24), ledger.OnDay(D("2026-01-06")));
    }

    [Fact]
    public void The_contract_checked_against_must_be_the_ledgers_own()
    {
        var ledger = new ContractHoursLedger(C2);
        var line = Line(C2, "2026-01-06", 7, "a");
        Assert.Throws<ArgumentException>(() => ledger.CanRecord(line, Contract(), TenHours));
        Assert.Throws<ArgumentException>(() => ledger.Record(line, Contract(), TenHours));
        Assert.Throws<ArgumentNullException>(() => ledger.Record(line, null!, TenHours));
        Assert.Equal(0, ledger.Count);
    }
}
