using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>C. trav. L5132-15-1 (24 months, training), R5132-1-8 (84 / 60 months).</summary>
public class CddiRenewalTests
{
    private readonly LegalParameters _p = Parameters();

    private string? Renew(CddiContract c, DateOnly end, CddiExtension? ext = null, PersonProfile? person = null, bool rqth = false, DateOnly? trainingEnd = null, DateOnly? on = null)
    {
        var v = c.CanRenew(new CddiRenewal(end, ext, trainingEnd, on), person ?? Person(), rqth, [], _p);
        return v.Count > 0 ? v[0].Code : null;
    }

    [Fact]
    public void Renewals_reach_24_months_date_a_date_and_no_further()
    {
        var c = Hire("2026-01-31", 4);
        Assert.Equal(D("2028-01-30"), c.CapEnd(_p));
        Assert.Null(Renew(c, D("2028-01-30")));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2028-01-31")));
    }

    [Fact]
    public void Months_count_from_the_day_after_the_current_end()
    {
        var c = Hire("2026-01-31", 4);
        Assert.Equal(D("2026-05-30"), c.End);
        Assert.Equal(D("2026-06-30"), c.EndAfterMonths(1));
    }

    [Fact]
    public void A_new_end_on_or_before_the_current_end_is_an_invalid_transition()
    {
        var c = Hire();
        Assert.Equal("CDDI-INVALID-TRANSITION", Renew(c, c.End));
        Assert.Equal("CDDI-INVALID-TRANSITION", Renew(c, c.End.AddDays(-10)));
    }

    [Fact]
    public void Senior_extension_takes_the_age_the_day_after_the_current_end()
    {
        var c = Hire(months: 24);                       // ends 2028-01-04
        var fiftyThatDay = Person(birth: "1978-01-05");
        var fiftyNextDay = Person(birth: "1978-01-06");
        Assert.Null(Renew(c, D("2029-01-04"), CddiExtension.Senior, fiftyThatDay));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2029-01-04"), CddiExtension.Senior, fiftyNextDay));
        Assert.Null(Renew(c, D("2029-01-04"), CddiExtension.Senior, fiftyNextDay, on: D("2028-01-06")));
        Assert.Null(Renew(c, D("2033-01-04"), CddiExtension.Senior, fiftyThatDay));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2033-01-05"), CddiExtension.Senior, fiftyThatDay));
    }

    [Fact]
    public void Rqth_extension_needs_the_flag_and_stops_at_60_months()
    {
        var c = Hire(months: 24);
        Assert.Null(Renew(c, D("2031-01-04"), CddiExtension.Rqth, rqth: true));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2031-01-05"), CddiExtension.Rqth, rqth: true));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2029-01-04"), CddiExtension.Rqth, rqth: false));
    }

    [Fact]
    public void Training_extension_stops_at_the_training_end()
    {
        var c = Hire(months: 24);
        Assert.Null(Renew(c, D("2028-06-30"), CddiExtension.Training, trainingEnd: D("2028-06-30")));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2028-07-01"), CddiExtension.Training, trainingEnd: D("2028-06-30")));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, D("2028-06-30"), CddiExtension.Training));
    }

    [Fact]
    public void Particular_difficulties_at_most_12_months_a_renewal_within_60()
    {
        var c = Hire(months: 24);
        Assert.Null(Renew(c, c.EndAfterMonths(12), CddiExtension.ParticularDifficulties));
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, c.EndAfterMonths(13), CddiExtension.ParticularDifficulties));
        c.Renew(new CddiRenewal(c.EndAfterMonths(12), CddiExtension.ParticularDifficulties), Person(), false, [], _p);
        c.Renew(new CddiRenewal(c.EndAfterMonths(12), CddiExtension.ParticularDifficulties), Person(), false, [], _p);
        c.Renew(new CddiRenewal(c.EndAfterMonths(12), CddiExtension.ParticularDifficulties), Person(), false, [], _p);
        Assert.Equal(D("2031-01-04"), c.End);
        Assert.Equal("CDDI-MAX-DURATION", Renew(c, c.EndAfterMonths(1), CddiExtension.ParticularDifficulties));
        Assert.Equal(3, c.Renewals.Count);
    }

    [Fact]
    public void A_refused_renewal_changes_nothing()
    {
        var c = Hire(months: 24);
        var before = Snapshot(c);
        Assert.Equal("CDDI-MAX-DURATION", Code(() => c.Renew(new CddiRenewal(D("2028-02-01")), Person(), false, [], _p)));
        Assert.Equal(before, Snapshot(c));
    }
}
