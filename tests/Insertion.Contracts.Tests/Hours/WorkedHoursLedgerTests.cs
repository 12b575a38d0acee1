using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>The worked-hours ledger: idempotency keys, reversals, running balances.</summary>
public sealed class WorkedHoursLedgerTests
{
    private static string Code(Action act) => Assert.Throws<RuleViolationException>(act).Violation.Code;

    [Fact]
    public void The_same_key_with_the_same_content_is_recorded_once()
    {
        var ledger = new ContractHoursLedger(C1);
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-03-02", 7, "k1")));
        Assert.Equal(RecordOutcome.AlreadyRecorded, ledger.Record(Line(C1, "2026-03-02", 7, "k1")));
        Assert.Equal((1, 420L), (ledger.Count, ledger.Total.Minutes));
    }

    [Theory]
    [InlineData("2026-03-02", 7.5, "cip-1", null)]
    [InlineData("2026-03-03", 7, "cip-1", null)]
    [InlineData("2026-03-02", 7, "cip-2", null)]
    [InlineData("2026-03-02", 7, "cip-1", "typo")]
    public void A_key_reused_with_different_content_is_refused(string on, double hours, string author, string? reason)
    {
        var ledger = Ledger(C1, Line(C1, "2026-03-02", 7, "k1"));
        var before = Observe(ledger);
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Record(Line(C1, on, (decimal)hours, "k1", author, reason))));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void A_reversal_cancels_the_original_on_its_own_day()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"), Line(C1, "2026-02-02", 6, "k2"));
        Assert.Equal(RecordOutcome.Recorded, ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1", "wrong day")));
        Assert.Equal(0L, ledger.OnDay(D("2026-01-30")).Minutes);
        Assert.Equal(0L, ledger.InMonth(2026, 1).Minutes);
        Assert.Equal(360L, ledger.InMonth(2026, 2).Minutes);
        Assert.Equal(360L, ledger.Total.Minutes);
        var reversal = ledger.Find("r1")!;
        Assert.Equal((D("2026-01-30"), -420L, "k1", true), (reversal.On, reversal.Minutes.Minutes, reversal.Reverses, reversal.IsReversal));
        Assert.Equal("r1", ledger.ReversedBy("k1"));
    }

    [Fact]
    public void A_reversal_replayed_with_its_key_is_recorded_once()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1"));
        Assert.Equal(RecordOutcome.AlreadyRecorded, ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1")));
        Assert.Equal((2, 0L), (ledger.Count, ledger.Total.Minutes));
    }

    [Fact]
    public void An_entry_cannot_be_reversed_twice()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1"));
        var before = Observe(ledger);
        Assert.Equal("HOURS-ALREADY-REVERSED", Code(() => ledger.Reverse(new HoursReversal(C1, "k1", "r2", "cip-1"))));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void An_unknown_entry_cannot_be_reversed()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"));
        var before = Observe(ledger);
        Assert.Equal("HOURS-REVERSAL-UNKNOWN", Code(() => ledger.Reverse(new HoursReversal(C1, "nope", "r1", "cip-1"))));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void A_reversal_cannot_be_reversed()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1"));
        Assert.Equal("HOURS-REVERSAL-UNKNOWN", Code(() => ledger.Reverse(new HoursReversal(C1, "r1", "r2", "cip-1"))));
    }

    [Fact]
    public void A_reversal_key_already_naming_an_entry_is_a_conflict()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"), Line(C1, "2026-01-31", 7, "k2"));
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Reverse(new HoursReversal(C1, "k1", "k2", "cip-1"))));
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Record(Line(C1, "2026-01-30", 7, "k1") with { Key = "k2" })));
    }

    [Fact]
    public void A_reversal_key_reused_for_another_original_is_a_conflict()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"), Line(C1, "2026-01-31", 7, "k2"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1"));
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Reverse(new HoursReversal(C1, "k2", "r1", "cip-1"))));
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Record(Line(C1, "2026-01-30", 7, "r1"))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_entry_records_more_than_zero_minutes(int minutes)
    {
        var ledger = new ContractHoursLedger(C1);
        var line = new WorkedHoursLine(C1, D("2026-01-30"), new WorkMinutes(minutes), "k1", "cip-1");
        Assert.Equal("HOURS-ENTRY-INVALID", Assert.Single(ledger.CanRecord(line)).Code);
        Assert.Equal("HOURS-ENTRY-INVALID", Code(() => ledger.Record(line)));
        Assert.Equal(0, ledger.Count);
    }

    [Fact]
    public void A_contract_day_holds_at_most_24_hours()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 20, "k1"));
        Assert.Empty(ledger.CanRecord(Line(C1, "2026-01-30", 4, "k2")));
        Assert.Equal("HOURS-ENTRY-INVALID", Code(() => ledger.Record(new WorkedHoursLine(C1, D("2026-01-30"), new WorkMinutes(241), "k2", "cip-1"))));
        Assert.Equal(RecordOutcome.Recorded, ledger.Record(Line(C1, "2026-01-30", 4, "k2")));
        Assert.Equal(24 * 60L, ledger.OnDay(D("2026-01-30")).Minutes);
    }

    [Fact]
    public void A_day_freed_by_a_reversal_can_take_the_corrected_hours()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 24, "k1"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1", "typed 24 for 7"));
        ledger.Record(Line(C1, "2026-01-30", 7, "k1-fixed"));
        Assert.Equal(420L, ledger.OnDay(D("2026-01-30")).Minutes);
        Assert.Equal(420L, ledger.InYear(2026).Minutes);
    }

    [Fact]
    public void Balances_by_day_month_and_year_are_running_sums()
    {
        var ledger = Ledger(C1,
            Line(C1, "2025-12-31", 3, "a"), Line(C1, "2026-01-01", 2.5m, "b"),
            Line(C1, "2026-01-01", 1.25m, "c"), Line(C1, "2026-02-28", 7, "d"));
        Assert.Equal(225L, ledger.OnDay(D("2026-01-01")).Minutes);
        Assert.Equal(225L, ledger.InMonth(2026, 1).Minutes);
        Assert.Equal(645L, ledger.InYear(2026).Minutes);
        Assert.Equal(180L, ledger.InYear(2025).Minutes);
        Assert.Equal(825L, ledger.Total.Minutes);
    }

    [Fact]
    public void A_line_of_another_contract_is_an_argument_mistake() =>
        Assert.Throws<ArgumentException>(() => new ContractHoursLedger(C1).Record(Line(C2, "2026-01-30", 7, "k1")));

    [Fact]
    public void The_entries_of_a_contract_in_a_month_are_a_specification()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-31", 3, "a"), Line(C1, "2026-02-01", 2, "b"), Line(C1, "2026-02-28", 1, "c"));
        ledger.Reverse(new HoursReversal(C1, "b", "r", "cip-1"));
        var keys = new EntriesOfContractInMonthSpec(C1, 2026, 2).Evaluate(ledger.Entries).Select(e => e.Key);
        Assert.Equal(["b", "c", "r"], keys);
        var reversals = new EntriesInPeriodSpec(new DateRange(D("2026-01-01"), D("2026-12-31")), reversalsOnly: true).Evaluate(ledger.Entries);
        Assert.Equal("r", Assert.Single(reversals).Key);
    }
}
