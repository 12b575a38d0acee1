using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>Law as dated parameters: the value in force on a day, and listed overrides.</summary>
public sealed class LegalParametersTests
{
    private static readonly ParameterKey<int> AidAmount = new("ACI.AidPerEtp");

    private static LegalParameters Table() => new LegalParameters()
        .Add(AidAmount, new DateOnly(2022, 8, 1), 22_289, "arrêté 2022")
        .Add(AidAmount, new DateOnly(2024, 1, 1), 23_458, "arrêté 2024")
        .Add(AidAmount, new DateOnly(2023, 1, 1), 22_692, "arrêté 2023");

    [Theory]
    [InlineData("2022-08-01", 22_289)]
    [InlineData("2022-12-31", 22_289)]
    [InlineData("2023-01-01", 22_692)]
    [InlineData("2025-06-01", 23_458)]
    public void The_value_in_force_on_a_day_is_the_latest_not_after_it(string on, int expected) =>
        Assert.Equal(expected, Table().ValueOn(AidAmount, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void No_value_before_the_first_row_is_an_error() =>
        Assert.Throws<KeyNotFoundException>(() => Table().ValueOn(AidAmount, new DateOnly(2020, 1, 1)));

    [Fact]
    public void The_source_comes_with_the_value() =>
        Assert.Equal("arrêté 2023", Table().On(AidAmount, new DateOnly(2023, 5, 1)).Source);

    [Fact]
    public void An_override_is_listed_never_silent()
    {
        var table = Table();
        Assert.True(table.TryWith("ACI.AidPerEtp", "25000", "site amiens", out var view, out _));
        Assert.Equal(25_000, view.ValueOn(AidAmount, new DateOnly(2025, 1, 1)));
        Assert.Equal("override by site amiens", view.On(AidAmount, new DateOnly(2025, 1, 1)).Source);
        var o = Assert.Single(view.Overrides);
        Assert.Equal(("ACI.AidPerEtp", "25000", "site amiens"), (o.Name, o.Value, o.By));
    }

    [Fact]
    public void A_view_leaves_the_baseline_unchanged_and_frozen()
    {
        var table = Table();
        var before = table.ValueOn(AidAmount, new DateOnly(2025, 1, 1));
        _ = table.With(AidAmount, 1, "host");
        Assert.Equal(before, table.ValueOn(AidAmount, new DateOnly(2025, 1, 1)));
        Assert.Empty(table.Overrides);
        Assert.True(table.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => table.Add(AidAmount, new DateOnly(2030, 1, 1), 1, "later"));
    }

    [Fact]
    public void An_override_of_the_wrong_type_or_name_is_refused()
    {
        var table = Table();
        Assert.False(table.TryWith("ACI.AidPerEtp", "lots", "host", out _, out var e1));
        Assert.Contains("Int32", e1, StringComparison.Ordinal);
        Assert.False(table.TryWith("Nope", "1", "host", out _, out var e2));
        Assert.Contains("unknown parameter", e2, StringComparison.Ordinal);
        Assert.Empty(table.Overrides);
    }
}
