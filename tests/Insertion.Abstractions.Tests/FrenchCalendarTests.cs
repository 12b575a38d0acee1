using System.Globalization;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>The working calendar over PublicHoliday's FrancePublicHoliday, checked against real dates.</summary>
public sealed class FrenchCalendarTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-04-01")] // Easter Monday
    [InlineData("2025-04-21")]
    [InlineData("2026-04-06")]
    [InlineData("2038-04-26")]
    [InlineData("2026-05-14")] // Ascension
    [InlineData("2026-05-25")] // Whit Monday
    [InlineData("2026-01-01")]
    [InlineData("2026-05-01")]
    [InlineData("2026-05-08")]
    [InlineData("2026-07-14")]
    [InlineData("2026-08-15")]
    [InlineData("2026-11-01")]
    [InlineData("2026-11-11")]
    [InlineData("2026-12-25")]
    [InlineData("2027-03-29")] // Easter Monday 2027
    public void National_public_holidays_are_holidays_everywhere(string day)
    {
        Assert.True(new FrenchCalendar().IsPublicHoliday(D(day)));
        Assert.True(new FrenchCalendar(FrenchRegion.AlsaceMoselle).IsPublicHoliday(D(day)));
    }

    [Theory]
    [InlineData("2026-04-03")] // Good Friday 2026
    [InlineData("2024-03-29")] // Good Friday 2024
    [InlineData("2026-12-26")]
    [InlineData("2025-12-26")]
    public void Good_Friday_and_26_December_only_in_Alsace_Moselle(string day)
    {
        Assert.False(new FrenchCalendar().IsPublicHoliday(D(day)));
        Assert.True(new FrenchCalendar(FrenchRegion.AlsaceMoselle).IsPublicHoliday(D(day)));
    }

    [Fact]
    public void Abolition_of_slavery_day_in_La_Reunion_only()
    {
        Assert.True(new FrenchCalendar(FrenchRegion.LaReunion).IsPublicHoliday(D("2026-12-20")));
        Assert.False(new FrenchCalendar().IsPublicHoliday(D("2026-12-20")));
    }

    [Theory]
    [InlineData("2026-04-07")]
    [InlineData("2026-06-02")]
    [InlineData("2026-12-24")]
    public void Ordinary_days_are_not_holidays(string day) => Assert.False(new FrenchCalendar().IsPublicHoliday(D(day)));

    [Fact]
    public void A_year_has_eleven_national_holidays_and_thirteen_in_Alsace_Moselle()
    {
        Assert.Equal(11, new FrenchCalendar().PublicHolidays(2026).Count);
        Assert.Equal(13, new FrenchCalendar(FrenchRegion.AlsaceMoselle).PublicHolidays(2026).Count);
    }

    [Fact]
    public void The_Easter_Monday_week_has_four_working_days()
    {
        var days = new FrenchCalendar().WorkingDaysIn(IsoWeek.Of(D("2026-04-06")));
        Assert.Equal([D("2026-04-07"), D("2026-04-08"), D("2026-04-09"), D("2026-04-10")], days);
    }

    [Fact]
    public void Site_closures_are_not_working_days()
    {
        var calendar = new FrenchCalendar(closures: [new DateRange(D("2026-08-03"), D("2026-08-14"))]);
        Assert.False(calendar.IsWorkingDay(D("2026-08-05")));
        Assert.True(calendar.IsClosed(D("2026-08-14")));
        Assert.Equal(D("2026-08-17"), calendar.NextWorkingDay(D("2026-08-03")));
        Assert.Empty(calendar.WorkingDaysIn(IsoWeek.Of(D("2026-08-10"))));
    }

    [Fact]
    public void Next_working_day_skips_the_weekend_and_holidays()
    {
        var calendar = new FrenchCalendar();
        Assert.Equal(D("2026-04-07"), calendar.NextWorkingDay(D("2026-04-04"))); // Saturday → Tuesday after Easter Monday
        Assert.Equal(D("2026-04-08"), calendar.NextWorkingDay(D("2026-04-08")));
    }

    [Fact]
    public void Weekends_are_not_working_days_by_default() =>
        Assert.False(new FrenchCalendar().IsWorkingDay(D("2026-03-07")));
}
