using System.Globalization;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests.Rules;

/// <summary>
/// Dates and dated parameters the mutation run found unpinned (issue #20): months "de date à date"
/// on the day a month has as its last (SCENARIOS.md "Months"), ages on a birthday, ranges'
/// common days, ISO weeks (SCENARIOS.md: <c>YYYY-Www</c>), and overrides that are listed, typed and
/// never silent (DESIGN.md "Law as dated parameters").
/// </summary>
public sealed class DatesAndParametersRuleTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-28", 1, "2026-02-27")]   // day 28 exists in February 2026: the day before it
    [InlineData("2026-03-30", 1, "2026-04-29")]   // day 30 exists in April: the day before it
    [InlineData("2026-03-31", 1, "2026-04-30")]   // day 31 does not: the last day of April
    [InlineData("2028-01-29", 1, "2028-02-28")]   // 29 February 2028 exists
    [InlineData("2026-01-29", 1, "2026-02-28")]   // 29 February 2026 does not
    [InlineData("2026-01-05", 0, "2026-01-04")]
    public void Months_de_date_a_date_end_the_day_before_the_same_day_number_or_on_the_last_day_of_the_month(string start, int months, string end) =>
        Assert.Equal(D(end), LegalDates.MonthsEnd(D(start), months));

    [Theory]
    [InlineData("2026-09-04", 1, "2026-10-04")]
    [InlineData("2027-01-30", 1, "2027-02-28")]   // from 2027-01-31: the last day of February
    public void Months_after_an_end_count_from_the_day_after_it(string end, int months, string expected) =>
        Assert.Equal(D(expected), LegalDates.MonthsAfter(D(end), months));

    [Theory]
    [InlineData("2008-03-04", "2026-03-03", 17)]
    [InlineData("2008-03-04", "2026-03-04", 18)]
    [InlineData("2008-03-04", "2026-02-28", 17)]
    [InlineData("2008-03-04", "2026-04-01", 18)]
    [InlineData("2008-02-29", "2026-02-28", 17)]   // born on 29 February: a year older on 1 March in a common year
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void A_person_is_a_year_older_from_the_birthday_on(string birth, string on, int age) =>
        Assert.Equal(age, LegalDates.AgeOn(D(birth), D(on)));

    [Theory]
    [InlineData("2026-01-01", "2026-01-31", "2026-01-15", "2026-02-15", "2026-01-15", "2026-01-31")]
    [InlineData("2026-01-15", "2026-02-15", "2026-01-01", "2026-01-31", "2026-01-15", "2026-01-31")]
    [InlineData("2026-01-01", "2026-12-31", "2026-03-01", "2026-03-05", "2026-03-01", "2026-03-05")]
    [InlineData("2026-01-01", "2026-01-31", "2026-01-31", "2026-02-10", "2026-01-31", "2026-01-31")]
    public void The_common_days_of_two_ranges_run_from_the_later_start_to_the_earlier_end(string s1, string e1, string s2, string e2, string s, string e)
    {
        var a = new DateRange(D(s1), D(e1));
        var b = new DateRange(D(s2), D(e2));
        Assert.Equal(new DateRange(D(s), D(e)), a.Intersect(b));
        Assert.Equal(new DateRange(D(s), D(e)), b.Intersect(a));
    }

    [Fact]
    public void Ranges_without_a_common_day_have_no_intersection()
    {
        var a = new DateRange(D("2026-01-01"), D("2026-01-31"));
        Assert.Null(a.Intersect(new DateRange(D("2026-02-01"), D("2026-02-10"))));
        Assert.Null(new DateRange(D("2026-02-01"), D("2026-02-10")).Intersect(a));
    }

    [Fact]
    public void A_range_lists_each_of_its_days_once_even_at_the_end_of_the_calendar()
    {
        Assert.Equal([D("2026-02-27"), D("2026-02-28"), D("2026-03-01")], new DateRange(D("2026-02-27"), D("2026-03-01")).Days());
        Assert.Equal([DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue], new DateRange(DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue).Days());
        Assert.True(new DateRange(D("2026-01-01"), D("2026-01-31")).Contains(D("2026-01-31")));
        Assert.False(new DateRange(D("2026-01-01"), D("2026-01-31")).Contains(D("2026-02-01")));
    }

    [Theory]
    [InlineData("2026-W01", 2026, 1)]
    [InlineData("2026-w53", 2026, 53)]   // 2026 has 53 ISO weeks
    [InlineData("0001-W01", 1, 1)]
    [InlineData("2026-W1", 2026, 1)]     // 7 characters: a one-digit week is read
    [InlineData("9998-W01", 9998, 1)]
    public void An_iso_week_reads_as_YYYY_Www(string text, int year, int week)
    {
        Assert.True(IsoWeek.TryParse(text, out var w));
        Assert.Equal(new IsoWeek(year, week), w);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026W01")]
    [InlineData("2026-X01")]
    [InlineData("2026-W001")]
    [InlineData("2026-W00")]
    [InlineData("2027-W53")]     // 2027 has 52 ISO weeks
    [InlineData("0000-W01")]
    [InlineData("9999-W01")]
    [InlineData("2026_W01")]
    public void Text_that_is_no_iso_week_is_refused(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out var none));
        Assert.Equal(default, none);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9999, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, 54)]
    [InlineData(2027, 53)]
    public void An_iso_week_outside_the_calendar_or_its_year_is_refused(int year, int week) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(year, week));

    [Fact]
    public void The_first_and_last_iso_years_of_the_calendar_are_allowed()
    {
        Assert.Equal(1, new IsoWeek(1, 1).Year);
        Assert.Equal(9998, new IsoWeek(9998, 52).Year);
        Assert.Equal(53, new IsoWeek(2026, 53).Week);
    }

    [Fact]
    public void Iso_weeks_order_by_year_then_week()
    {
        var a = new IsoWeek(2025, 52);
        var b = new IsoWeek(2026, 1);
        var c = new IsoWeek(2026, 2);
        Assert.True(a < b && b < c && a < c);
        Assert.True(c > b && b > a);
        var sameAsB = new IsoWeek(2026, 1);
        Assert.True(b <= sameAsB && a <= b && !(b <= a));
        Assert.True(b >= sameAsB && c >= b && !(a >= b));
        Assert.False(b < sameAsB);
        Assert.False(b > sameAsB);
        Assert.True(new IsoWeek(2025, 1).CompareTo(new IsoWeek(2024, 52)) > 0);
        Assert.Equal([a, b, c], new[] { c, a, b }.Order());
    }

    private static readonly ParameterKey<int> Count = new("Test.Count");
    private static readonly ParameterKey<decimal> Share = new("Test.Share");
    private static readonly ParameterKey<bool> Flag = new("Test.Flag");
    private static readonly ParameterKey<WorkMinutes> Hours = new("Test.Hours");
    private static readonly ParameterKey<DayOfWeek> Day = new("Test.Day");
    private static readonly ParameterKey<string> Text = new("Test.Text");

    private static LegalParameters Table() => new LegalParameters()
        .Add(Count, D("2020-01-01"), 1, "law 1")
        .Add(Count, D("2024-01-01"), 2, "law 2")
        .Add(Share, D("2020-01-01"), 0.5m, "law")
        .Add(Flag, D("2020-01-01"), false, "law")
        .Add(Hours, D("2020-01-01"), WorkMinutes.FromHours(10), "law")
        .Add(Day, D("2020-01-01"), DayOfWeek.Monday, "law")
        .Add(Text, D("2020-01-01"), "issuer", "law");

    [Fact]
    public void An_override_is_read_from_text_of_the_parameter_type()
    {
        var t = Table();
        Assert.True(t.TryWith("Test.Flag", "true", "host", out t, out _));
        Assert.True(t.TryWith("Test.Hours", "7.5", "host", out t, out _));
        Assert.True(t.TryWith("Test.Day", "friday", "host", out t, out _));
        Assert.True(t.TryWith("Test.Share", "0.25", "host", out t, out _));
        Assert.True(t.TryWith("Test.Text", "inclusive", "host", out t, out var error));
        Assert.Equal("", error);
        Assert.True(t.ValueOn(Flag, D("2026-01-01")));
        Assert.Equal(WorkMinutes.FromHours(7.5m), t.ValueOn(Hours, D("2026-01-01")));
        Assert.Equal(DayOfWeek.Friday, t.ValueOn(Day, D("2026-01-01")));
        Assert.Equal(0.25m, t.ValueOn(Share, D("2026-01-01")));
        Assert.Equal("inclusive", t.ValueOn(Text, D("2026-01-01")));
    }

    [Theory]
    [InlineData("Test.Flag", "yes")]
    [InlineData("Test.Hours", "7.555")]
    [InlineData("Test.Hours", "ten")]
    [InlineData("Test.Day", "someday")]
    [InlineData("Test.Day", "42")]
    [InlineData("Test.Share", "half")]
    [InlineData("Test.Count", "1.5")]
    public void An_override_that_is_no_value_of_the_parameter_type_is_refused_and_not_listed(string name, string text)
    {
        var t = Table();
        Assert.False(t.TryWith(name, text, "host", out _, out var error));
        Assert.NotEqual("", error);
        Assert.Empty(t.Overrides);
    }

    [Fact]
    public void An_override_answers_with_its_author_and_lists_the_value_it_replaces()
    {
        var t = Table();
        t = t.With(Count, 5, "site amiens");
        var value = t.On(Count, D("2026-01-01"));
        Assert.Equal((5, "override by site amiens"), (value.Value, value.Source));
        Assert.Equal(new ParameterOverride("Test.Count", "5", "2", "site amiens"), Assert.Single(t.Overrides));
    }

    [Fact]
    public void A_second_override_of_a_parameter_replaces_the_first_in_the_list()
    {
        var t = Table();
        t = t.With(Count, 5, "first");
        t = t.With(Count, 6, "second");
        Assert.Equal(new ParameterOverride("Test.Count", "6", "2", "second"), Assert.Single(t.Overrides));
        Assert.Equal("override by second", t.On(Count, D("2026-01-01")).Source);
        t = t.With(Share, 0.3m, "third");
        Assert.Equal(2, t.Overrides.Count);
        Assert.Equal("override by second", t.On(Count, D("2026-01-01")).Source);
    }

    [Fact]
    public void A_parameter_keeps_one_type()
    {
        var t = Table();
        Assert.Throws<InvalidOperationException>(() => t.Add(new ParameterKey<decimal>("Test.Count"), D("2026-01-01"), 3m, "law"));
        Assert.Equal(2, t.ValueOn(Count, D("2026-01-01")));
    }

    [Fact]
    public void The_names_are_listed_in_order_and_each_history_in_date_order()
    {
        var t = Table();
        Assert.Equal(["Test.Count", "Test.Day", "Test.Flag", "Test.Hours", "Test.Share", "Test.Text"], t.Names);
        Assert.Equal([D("2020-01-01"), D("2024-01-01")], t.History(Count).Select(h => h.ValidFrom));
        Assert.Empty(t.History(new ParameterKey<int>("Test.None")));
        Assert.True(t.Contains("test.count"));
        Assert.False(t.Contains("Test.None"));
    }

    [Fact]
    public void An_unknown_parameter_is_an_error_whether_read_or_overridden()
    {
        var t = Table();
        Assert.Throws<KeyNotFoundException>(() => t.ValueOn(new ParameterKey<int>("Test.None"), D("2026-01-01")));
        Assert.Throws<KeyNotFoundException>(() => t.With(new ParameterKey<int>("Test.None"), 1, "host"));
        Assert.Throws<ArgumentNullException>(() => new LegalParameters(null!));
    }
}
