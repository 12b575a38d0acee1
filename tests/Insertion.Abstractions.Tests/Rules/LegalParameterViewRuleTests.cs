using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>
/// The law's parameters are a frozen baseline and views over it (docs/host-conventions.md,
/// "LegalParameters views"): a table is frozen once built or viewed, a view lists what it changes,
/// a site's view refuses an override that does not fit, and an unknown parameter is named as such.
/// </summary>
public sealed class LegalParameterViewRuleTests
{
    private static readonly ParameterKey<int> Aid = new("ACI.AidPerEtp");
    private static readonly ParameterKey<Counting> Mode = new("Test.Counting");

    private enum Counting
    {
        Exclusive,
        Inclusive,
    }

    private sealed class Source : ILegalParameterSource
    {
        public void Contribute(LegalParameters parameters) =>
            parameters.Add(Aid, new DateOnly(2024, 1, 1), 23_458, "arrêté 2024").Add(Mode, new DateOnly(2020, 1, 1), Counting.Exclusive, "test");
    }

    private sealed class Site(params SiteParameterOverride[] overrides) : ISite
    {
        public string Id => "somewhere";
        public string Name => "Somewhere";
        public FrenchRegion Region => FrenchRegion.Metropolitan;
        public IReadOnlyList<SiteLocation> Locations => [];
        public IReadOnlyList<ProgrammeDefinition> Programmes => [];
        public IReadOnlyList<DateRange> Closures => [];
        public IReadOnlyList<SiteParameterOverride> ParameterOverrides => overrides;
    }

    private static LegalParameters Baseline() => new([new Source()]);

    [Fact]
    public void A_table_built_from_its_sources_is_frozen_and_takes_no_more_rows()
    {
        var table = Baseline();
        Assert.True(table.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => table.Add(Aid, new DateOnly(2025, 1, 1), 1, "late"));
    }

    [Fact]
    public void Making_a_view_freezes_the_table_it_is_over_and_the_view_is_frozen_too()
    {
        var table = new LegalParameters().Add(Aid, new DateOnly(2024, 1, 1), 23_458, "arrêté 2024");
        Assert.False(table.IsFrozen);
        var view = table.With(Aid, 25_000, "host");
        Assert.True(table.IsFrozen);
        Assert.True(view.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => view.Add(Aid, new DateOnly(2025, 1, 1), 1, "late"));
    }

    [Fact]
    public void A_view_knows_its_baseline_and_the_baseline_is_its_own()
    {
        var table = Baseline();
        Assert.Same(table, table.Baseline);
        Assert.Same(table, table.With(Aid, 25_000, "host").With(Aid, 26_000, "site").Baseline);
    }

    [Fact]
    public void An_override_lists_the_value_it_replaces()
    {
        var o = Assert.Single(Baseline().With(Aid, 25_000, "host").Overrides);
        Assert.Equal(("ACI.AidPerEtp", "25000", "23458", "host"), (o.Name, o.Value, o.DefaultValue, o.By));
    }

    [Fact]
    public void An_unknown_parameter_is_named_as_unknown_not_as_without_value()
    {
        var unknown = new ParameterKey<int>("ACI.Nothing");
        var table = Baseline();
        Assert.Contains("Unknown parameter 'ACI.Nothing'", Assert.Throws<KeyNotFoundException>(() => table.With(unknown, 1, "host")).Message, StringComparison.Ordinal);
        Assert.Contains("Unknown parameter 'ACI.Nothing'", Assert.Throws<KeyNotFoundException>(() => table.ValueOn(unknown, new DateOnly(2025, 1, 1))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inclusive", true)]
    [InlineData("Exclusive", true)]
    [InlineData("3", false)] // a number that is no value of the enum
    [InlineData("sometimes", false)]
    public void An_enum_override_must_name_one_of_its_values(string text, bool fits)
    {
        Assert.Equal(fits, Baseline().TryWith(Mode.Name, text, "host", out var view, out var error));
        if (fits)
        {
            Assert.Equal(Enum.Parse<Counting>(text, ignoreCase: true), view.ValueOn(Mode, new DateOnly(2025, 1, 1)));
        }
        else
        {
            Assert.NotEmpty(error);
        }
    }

    [Fact]
    public void A_site_view_applies_its_overrides_and_refuses_one_that_does_not_fit()
    {
        var table = Baseline();
        Assert.Throws<ArgumentNullException>(() => table.For(null!));
        Assert.Same(table, table.For(new Site()));
        var view = table.For(new Site(new SiteParameterOverride("ACI.AidPerEtp", "24000", "convention")));
        Assert.Equal(24_000, view.ValueOn(Aid, new DateOnly(2025, 1, 1)));
        // (a site's view is built once per site and view: another baseline builds it again)
        var e = Assert.Throws<InvalidOperationException>(() => Baseline().For(new Site(new SiteParameterOverride("ACI.AidPerEtp", "a lot", "typo"))));
        Assert.Contains("somewhere", e.Message, StringComparison.Ordinal);
    }
}
