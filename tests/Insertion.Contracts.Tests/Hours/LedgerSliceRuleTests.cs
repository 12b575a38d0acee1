using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// Issue 26: a ledger loaded with only the slice of entries a command reads (its keys, its days)
/// answers for that slice and refuses every other question, so that no rule decides on entries it did
/// not load; its count and total stay whole; what it appends changes nothing of the ledger it came from.
/// </summary>
public sealed class LedgerSliceRuleTests
{
    private static ContractHoursLedger Whole() => Ledger(C1,
        Line(C1, "2026-03-02", 7, "a"), Line(C1, "2026-03-03", 7, "b"), Line(C1, "2026-03-03", 1, "c"), Line(C1, "2026-04-01", 5, "d"));

    [Fact]
    public void A_sliced_ledger_answers_for_its_keys_and_days_with_the_whole_count_and_total()
    {
        var whole = Whole();
        whole.Reverse(new HoursReversal(C1, "a", "ra", "cip-1", null));
        var slice = whole.Scratch(new LedgerSlice(["a", "z"], new DateRange(D("2026-03-03"), D("2026-03-03"))));
        Assert.False(slice.IsComplete);
        Assert.Equal((whole.Count, whole.Total), (slice.Count, slice.Total));
        Assert.Equal("ra", slice.ReversedBy("a"));
        Assert.Null(slice.Find("z"));
        Assert.Equal(WorkMinutes.FromHours(8), slice.OnDay(D("2026-03-03")));
        Assert.Equal([KeyValuePair.Create(D("2026-03-03"), WorkMinutes.FromHours(8))], slice.DayTotals(new DateRange(D("2026-03-03"), D("2026-03-03"))));
    }

    [Fact]
    public void A_sliced_ledger_refuses_a_key_a_day_or_a_whole_ledger_read_outside_its_slice()
    {
        var slice = Whole().Scratch(new LedgerSlice(["a"], new DateRange(D("2026-03-03"), D("2026-03-03"))));
        Assert.Throws<InvalidOperationException>(() => slice.Find("b"));
        Assert.Throws<InvalidOperationException>(() => slice.ReversedBy("d"));
        Assert.Throws<InvalidOperationException>(() => slice.OnDay(D("2026-03-02")));
        Assert.Throws<InvalidOperationException>(() => slice.InMonth(2026, 3));
        Assert.Throws<InvalidOperationException>(() => slice.Entries);
        // A rule that needs the day or the key outside the slice cannot run on it either.
        Assert.Throws<InvalidOperationException>(() => slice.CanRecord(Line(C1, "2026-03-04", 1, "a2")));
        Assert.Throws<InvalidOperationException>(() => slice.CanReverse(new HoursReversal(C1, "b", "rb", "cip-1", null)));
    }

    [Fact]
    public void What_a_slice_appends_changes_nothing_of_the_ledger_it_was_cut_from()
    {
        var whole = Whole();
        var before = Observe(whole);
        var slice = whole.Scratch(new LedgerSlice(["e"], new DateRange(D("2026-03-03"), D("2026-03-03"))));
        Assert.Equal(RecordOutcome.Recorded, slice.Record(Line(C1, "2026-03-03", 2, "e")));
        Assert.Equal((before.Count + 1, before.Total + 120), (slice.Count, slice.Total.Minutes));
        Assert.Equal(before.Count, Assert.Single(slice.EntriesSince(before.Count)).Sequence);
        Assert.Equal(before, Observe(whole));
        Assert.Null(whole.Find("e"));
    }

    [Fact]
    public void The_daily_checks_of_a_slice_see_every_entry_of_its_days_HOURS_ENTRY_INVALID()
    {
        var slice = Whole().Scratch(new LedgerSlice(["f"], new DateRange(D("2026-03-03"), D("2026-03-03"))));
        // 8 h already on the day: 17 h more would pass 24 h.
        var refused = Assert.Single(slice.CanRecord(Line(C1, "2026-03-03", 17, "f")));
        Assert.Equal(RuleCodes.HoursEntryInvalid.Code, refused.Code);
        Assert.Empty(slice.CanRecord(Line(C1, "2026-03-03", 16, "f")));
    }
}
