using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// An idempotency key names one entry of a contract's ledger (SCENARIOS.md, <c>workHours</c>;
/// DOMAIN.md §2): a replay is the same kind of entry with the same content, anything else under
/// that key is <c>HOURS-KEY-CONFLICT</c> and leaves the ledger unchanged.
/// </summary>
public sealed class HoursKeyConflictRuleTests
{
    private static string Code(Action act) => Assert.Throws<RuleViolationException>(act).Violation.Code;

    private static ContractHoursLedger Reversed()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"), Line(C1, "2026-01-31", 6, "k2"));
        ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1", "wrong day"));
        return ledger;
    }

    [Theory]
    [InlineData("k1", "cip-2", "wrong day")]
    [InlineData("k1", "cip-1", "other reason")]
    [InlineData("k1", "cip-1", null)]
    [InlineData("k2", "cip-1", "wrong day")]
    public void HOURS_KEY_CONFLICT_a_reversal_key_replayed_with_other_content(string original, string author, string? reason)
    {
        var ledger = Reversed();
        var before = Observe(ledger);
        var other = new HoursReversal(C1, original, "r1", author, reason);
        Assert.Equal("HOURS-KEY-CONFLICT", Assert.Single(ledger.CanReverse(other)).Code);
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Reverse(other)));
        Assert.Equal(before, Observe(ledger));
        Assert.Null(ledger.ReversedBy("k2"));
    }

    [Fact]
    public void A_reversal_replayed_with_the_same_content_changes_nothing()
    {
        var ledger = Reversed();
        var before = Observe(ledger);
        Assert.Empty(ledger.CanReverse(new HoursReversal(C1, "k1", "r1", "cip-1", "wrong day")));
        Assert.Equal(RecordOutcome.AlreadyRecorded, ledger.Reverse(new HoursReversal(C1, "k1", "r1", "cip-1", "wrong day")));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void HOURS_KEY_CONFLICT_a_line_under_a_reversal_key_even_with_the_reversal_s_day_and_minutes()
    {
        var ledger = Reversed();
        var before = Observe(ledger);
        var copy = new WorkedHoursLine(C1, D("2026-01-30"), new WorkMinutes(-420), "r1", "cip-1", "wrong day");
        Assert.Equal("HOURS-KEY-CONFLICT", Assert.Single(ledger.CanRecord(copy)).Code);
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Record(copy)));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void HOURS_KEY_CONFLICT_a_reversal_under_an_original_key_even_naming_that_original()
    {
        var ledger = Ledger(C1, Line(C1, "2026-01-30", 7, "k1"));
        var before = Observe(ledger);
        var self = new HoursReversal(C1, "k1", "k1", "cip-1");
        Assert.Equal("HOURS-KEY-CONFLICT", Assert.Single(ledger.CanReverse(self)).Code);
        Assert.Equal("HOURS-KEY-CONFLICT", Code(() => ledger.Reverse(self)));
        Assert.Equal(before, Observe(ledger));
    }

    [Fact]
    public void A_reversal_is_dated_on_the_original_day_with_its_author_and_reason()
    {
        var ledger = Reversed();
        var r = ledger.Find("r1")!;
        Assert.Equal((C1, D("2026-01-30"), -420L, "cip-1", "wrong day", "k1"), (r.Contract, r.On, r.Minutes.Minutes, r.Author, r.Reason, r.Reverses));
        Assert.Equal(2, r.Sequence);
        Assert.Equal((0L, 360L, 360L), (ledger.OnDay(D("2026-01-30")).Minutes, ledger.InMonth(2026, 1).Minutes, ledger.InYear(2026).Minutes));
    }

    [Fact]
    public void HOURS_ALREADY_REVERSED_names_the_reversal_that_cancelled_the_entry()
    {
        var ledger = Reversed();
        var v = Assert.Single(ledger.CanReverse(new HoursReversal(C1, "k1", "r2", "cip-1")));
        Assert.Equal(("HOURS-ALREADY-REVERSED", "k1", "r1"), (v.Code, v.Values["originalKey"], v.Values["reversedBy"]));
    }
}
