using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>Inclusive date ranges.</summary>
public sealed class DateRangeTests
{
    private static DateRange Range(int a, int b)
    {
        var x = DateOnly.FromDayNumber(739_000 + Math.Abs(a % 2000));
        var y = DateOnly.FromDayNumber(739_000 + Math.Abs(b % 2000));
        return x <= y ? new DateRange(x, y) : new DateRange(y, x);
    }

    [Fact]
    public void A_one_day_range_has_length_one() =>
        Assert.Equal(1, new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)).LengthInDays);

    [Fact]
    public void June_has_thirty_days() =>
        Assert.Equal(30, new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)).LengthInDays);

    [Fact]
    public void Adjacent_ranges_do_not_overlap() =>
        Assert.False(new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))
            .Overlaps(new DateRange(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2))));

    [Fact]
    public void Ranges_sharing_an_end_day_overlap() =>
        Assert.True(new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))
            .Overlaps(new DateRange(new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 2))));

    [Fact]
    public void An_end_before_the_start_is_refused() =>
        Assert.Throws<ArgumentException>(() => new DateRange(new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1)));

    [Property]
    public bool Overlap_is_symmetric(int a, int b, int c, int d) =>
        Range(a, b).Overlaps(Range(c, d)) == Range(c, d).Overlaps(Range(a, b));

    [Property]
    public bool Overlap_means_a_shared_day(int a, int b, int c, int d)
    {
        var (x, y) = (Range(a, b), Range(c, d));
        return x.Overlaps(y) == x.Days().Any(y.Contains);
    }

    [Property]
    public bool Length_counts_the_days(int a, int b) => Range(a, b).LengthInDays == Range(a, b).Days().Count();
}
