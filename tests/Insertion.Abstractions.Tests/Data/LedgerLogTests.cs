using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests.Data;

/// <summary>
/// <see cref="LedgerLog{TEntry}"/>: shared by the copies of a ledger, each reading its own prefix
/// (issue 26: the in-memory store shares it instead of copying every entry). Checked against a
/// plain list per copy.
/// </summary>
public sealed class LedgerLogTests
{
    private sealed record Entry(long Sequence, string Key, DateOnly On, long SignedMinutes, string? Reverses) : ILedgerEntry;

    private static readonly DateOnly Day0 = new(2026, 3, 2);

    /// <summary>
    /// Any interleaving of appends from copies that saw different prefixes: every copy reads exactly
    /// what its own list holds (keys, reversals, day sums, period sums, the entries since a sequence),
    /// whatever the others appended to the log they shared.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void Every_copy_reads_its_own_prefix_whatever_the_others_append(int seed)
    {
        var r = new Random(seed);
        var copies = new List<(LedgerLog<Entry> Log, List<Entry> Model)> { (LedgerLog<Entry>.Of([]), []) };
        for (var step = 0; step < 150; step++)
        {
            var i = r.Next(copies.Count);
            var (log, model) = copies[i];
            if (r.Next(4) == 0)
            {
                // A new copy of this one (a load): same log, same prefix.
                copies.Add((log, [.. model]));
                continue;
            }
            var key = $"k{step}";
            // As the ledgers rule it: an original entry is reversed at most once, a reversal never.
            var reversible = model.Where(e => e.Reverses is null && !model.Exists(x => x.Reverses == e.Key)).ToList();
            var reverses = reversible.Count > 0 && r.Next(5) == 0 ? reversible[r.Next(reversible.Count)].Key : null;
            var entry = new Entry(model.Count, key, Day0.AddDays(r.Next(r.Next(2) == 0 ? 4 : 45)), r.Next(-60, 300), reverses);
            var next = log.Append(entry, model.Count);
            model.Add(entry);
            copies[i] = (next, model);
        }
        foreach (var (log, model) in copies)
        {
            var visible = model.Count;
            Assert.Equal(model, log.ToList(visible));
            for (var k = 0; k < 150; k++)
            {
                var key = $"k{k}";
                var expected = model.Find(e => e.Key == key);
                Assert.Equal(expected is not null, log.TryFind(key, visible, out var found));
                Assert.Equal(expected, expected is null ? null : found);
                var reversal = model.Find(e => e.Reverses == key);
                Assert.Equal(reversal is not null, log.TryFindReversalOf(key, visible, out var rev));
                Assert.Equal(reversal, reversal is null ? null : rev);
            }
            for (var d = -1; d < 46; d++)
            {
                var day = Day0.AddDays(d);
                Assert.Equal(model.Where(e => e.On == day).Sum(e => e.SignedMinutes), log.MinutesOn(day, visible));
            }
            var period = new DateRange(Day0.AddDays(2), Day0.AddDays(6));
            Assert.Equal(model.Where(e => period.Contains(e.On)).Sum(e => e.SignedMinutes), log.MinutesIn(period, visible));
            Assert.Equal(
                model.Where(e => period.Contains(e.On)).GroupBy(e => e.On).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(e => e.SignedMinutes))),
                log.DayTotals(period, visible));
            var since = r.Next(visible + 1);
            Assert.Equal(model.Skip(since), log.Since(since, visible));
            var slice = new LedgerSlice(["k3", "k7"], new DateRange(Day0.AddDays(4), Day0.AddDays(5)));
            Assert.Equal(model.Where(slice.Holds), log.Slice(slice, visible).ToList(log.Slice(slice, visible).Count));
        }
    }

    /// <summary>
    /// A slice loaded as a database loads it (the entries with its keys or reversing them, and the
    /// minutes of each of its days summed): after any appends, from the copy or from a fork of it,
    /// every day and week question inside the slice answers as the whole ledger does, and so do the
    /// key questions and a smaller slice of it.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void A_slice_loaded_as_day_sums_answers_as_the_whole_ledger(int seed)
    {
        var r = new Random(seed);
        var whole = new List<Entry>();
        var stored = r.Next(0, 60);
        for (var i = 0; i < stored + 20; i++)
        {
            var reversible = whole.Where(e => e.Reverses is null && !whole.Exists(x => x.Reverses == e.Key)).ToList();
            var reverses = reversible.Count > 0 && r.Next(5) == 0 ? reversible[r.Next(reversible.Count)].Key : null;
            var on = reverses is null ? Day0.AddDays(r.Next(14)) : whole.Find(e => e.Key == reverses)!.On;
            whole.Add(new Entry(i, $"k{i}", on, reverses is null ? r.Next(1, 300) : -whole.Find(e => e.Key == reverses)!.SignedMinutes, reverses));
        }
        var days = new DateRange(Day0.AddDays(r.Next(7)), Day0.AddDays(7 + r.Next(7)));
        var keys = Enumerable.Range(0, 4).Select(_ => $"k{r.Next(stored + 20)}").ToList();
        var slice = new LedgerSlice(keys, days);
        var storedEntries = whole.Take(stored).ToList();
        var loaded = storedEntries.Where(e => slice.Covers(e.Key) || (e.Reverses is { } x && slice.Covers(x))).ToList();
        var sums = storedEntries.Where(e => days.Contains(e.On)).GroupBy(e => e.On).ToDictionary(g => g.Key, g => g.Sum(e => e.SignedMinutes));
        var log = LedgerLog<Entry>.OfStored(loaded, stored, 0, slice, "test", sums);
        var visible = log.Count;
        // The rest of the ledger appended from this copy; a fork part way when the seed says so.
        var forkAt = r.Next(stored, stored + 21);
        LedgerLog<Entry>? before = null;
        for (var i = stored; i < whole.Count; i++)
        {
            if (i == forkAt)
            {
                before = log;
                log.Append(new Entry(i, "other", Day0, 1, null), visible);
            }
            log = log.Append(whole[i], visible);
            visible++;
        }
        Assert.True(before is null || forkAt == whole.Count || !ReferenceEquals(before, log));
        for (var day = days.Start; day <= days.End; day = day.AddDays(1))
        {
            Assert.Equal(whole.Where(e => e.On == day).Sum(e => e.SignedMinutes), log.MinutesOn(day, visible));
        }
        Assert.Equal(whole.Where(e => days.Contains(e.On)).Sum(e => e.SignedMinutes), log.MinutesIn(days, visible));
        Assert.Equal(
            whole.Where(e => days.Contains(e.On)).GroupBy(e => e.On).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(e => e.SignedMinutes))),
            log.DayTotals(days, visible));
        foreach (var key in keys)
        {
            Assert.Equal(whole.Find(e => e.Key == key), log.TryFind(key, visible, out var found) ? found : null);
            Assert.Equal(whole.Find(e => e.Reverses == key), log.TryFindReversalOf(key, visible, out var rev) ? rev : null);
        }
        // A smaller slice inside this one (what a batch's query twin reads of a loaded slice).
        var inner = new LedgerSlice([keys[0]], new DateRange(days.Start, days.Start.AddDays(1)));
        var sub = log.Slice(inner, visible);
        Assert.Equal(whole.Where(e => inner.Covers(e.On)).Sum(e => e.SignedMinutes), sub.MinutesIn(inner.Days!.Value, sub.Count));
        Assert.Equal(whole.Find(e => e.Key == keys[0]), sub.TryFind(keys[0], sub.Count, out var again) ? again : null);
    }

    [Fact]
    public void Day_sums_belong_to_the_days_of_their_slice()
    {
        var slice = new LedgerSlice([], new DateRange(Day0, Day0.AddDays(6)));
        Assert.Throws<ArgumentException>(() => LedgerLog<Entry>.OfStored([], 0, 0, slice, "test", new Dictionary<DateOnly, long> { [Day0.AddDays(7)] = 60 }));
        Assert.Throws<ArgumentException>(() => LedgerLog<Entry>.OfStored([], 0, 0, LedgerSlice.None, "test", new Dictionary<DateOnly, long>()));
        Assert.Equal(60, LedgerLog<Entry>.OfStored([], 0, 0, slice, "test", new Dictionary<DateOnly, long> { [Day0] = 60 }).MinutesOn(Day0, 0));
    }

    [Fact]
    public void An_append_from_a_copy_that_sees_less_forks_and_leaves_the_longer_copy_unchanged()
    {
        var log = LedgerLog<Entry>.Of([]);
        log = log.Append(new Entry(0, "a", Day0, 60, null), 0);
        var longer = log.Append(new Entry(1, "b", Day0, 30, null), 1);
        Assert.Same(log, longer);
        var fork = log.Append(new Entry(1, "c", Day0, 45, null), 1);
        Assert.NotSame(log, fork);
        Assert.Equal(90, longer.MinutesOn(Day0, 2));
        Assert.Equal(105, fork.MinutesOn(Day0, 2));
        Assert.False(fork.TryFind("b", 2, out _));
        Assert.True(longer.TryFind("b", 2, out _));
    }

    [Fact]
    public void A_copy_cannot_read_past_the_log()
    {
        var log = LedgerLog<Entry>.Of([new Entry(0, "a", Day0, 60, null)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.MinutesOn(Day0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Append(new Entry(1, "b", Day0, 1, null), -1));
    }
}
