using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>Work time in whole minutes, read from decimal hours without floating point.</summary>
public sealed class WorkMinutesTests
{
    [Theory]
    [InlineData("3.5", 210)]
    [InlineData("7", 420)]
    [InlineData("7.25", 435)]
    [InlineData("0.5", 30)]
    [InlineData("0.01", 1)]
    [InlineData("35", 2100)]
    public void Hours_are_read_exactly_as_minutes(string text, long minutes)
    {
        Assert.True(WorkMinutes.TryParseHours(text, out var m));
        Assert.Equal(minutes, m.Minutes);
    }

    [Theory]
    [InlineData("3.555")]
    [InlineData("three")]
    [InlineData("")]
    [InlineData("1e3")]
    public void Bad_hours_are_refused(string text) => Assert.False(WorkMinutes.TryParseHours(text, out _));

    [Property]
    public bool Sums_are_associative(int a, int b, int c)
    {
        var (x, y, z) = (new WorkMinutes(a), new WorkMinutes(b), new WorkMinutes(c));
        return (x + y) + z == x + (y + z);
    }

    [Property]
    public bool Sums_are_exact(int[] minutes)
    {
        var total = minutes.Aggregate(WorkMinutes.Zero, (s, m) => s + new WorkMinutes(m));
        return total.Minutes == minutes.Sum(m => (long)m);
    }

    [Property]
    public bool Two_decimal_hours_round_trip(short hundredths)
    {
        var text = (hundredths / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return WorkMinutes.TryParseHours(text, out var m) && m == WorkMinutes.FromHours(hundredths / 100m);
    }
}
