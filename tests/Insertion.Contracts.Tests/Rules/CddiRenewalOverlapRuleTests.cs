using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// A renewal may not give the person two CDDI on one day (SCENARIOS.md, <c>renew</c>,
/// <c>CDDI-OVERLAP</c>; C. trav. L5132-15-1): the days it adds, from the day after the current end
/// to the new end, may not share a day with another CDDI of the same person that has not Ended.
/// The overlap is checked after the cap (<c>CDDI-MAX-DURATION</c>), and a refused renewal changes nothing.
/// </summary>
public class CddiRenewalOverlapRuleTests
{
    private readonly LegalParameters _p = Parameters();

    /// <summary>c1: 2026-01-05 .. 2026-09-04.</summary>
    private CddiContract First() => Hire(p: _p);

    private CddiContract Other(string start, string id = "c2", string person = "p1") =>
        CddiContract.Hire(Request(start, months: 4, id: id, person: person), [Pass(person: person, p: _p)], [], _p);

    [Fact]
    public void CDDI_OVERLAP_a_renewal_reaching_the_first_day_of_the_persons_next_contract_L5132_15_1()
    {
        var c = First();
        var next = Other("2026-09-06");
        var before = Snapshot(c);
        var v = Assert.Single(c.CanRenew(new CddiRenewal(D("2026-09-06")), Person(), false, [next], _p));
        Assert.Equal(("CDDI-OVERLAP", "c2", D("2026-09-06")), (v.Code, v.Values["other"], v.Values["newEnd"]));
        Assert.Equal("CDDI-OVERLAP", Code(() => c.Renew(new CddiRenewal(D("2026-09-06")), Person(), false, [next], _p)));
        Assert.Equal(before, Snapshot(c));
        c.Renew(new CddiRenewal(D("2026-09-05")), Person(), false, [next], _p);
        Assert.Equal(D("2026-09-05"), c.End);
    }

    [Fact]
    public void A_renewal_may_share_days_with_another_persons_contract()
    {
        var c = First();
        var someoneElse = Other("2026-09-05", id: "c9", person: "p2");
        Assert.Empty(c.CanRenew(new CddiRenewal(D("2026-12-31")), Person(), false, [someoneElse], _p));
        c.Renew(new CddiRenewal(D("2026-12-31")), Person(), false, [someoneElse], _p);
        Assert.Equal(D("2026-12-31"), c.End);
    }

    [Fact]
    public void A_renewal_may_share_days_with_an_Ended_contract_of_the_person()
    {
        var c = First();
        var ended = Other("2026-09-05");
        ended.FailTrial(D("2026-09-07"));
        Assert.Empty(c.CanRenew(new CddiRenewal(D("2026-12-31")), Person(), false, [ended, c], _p));
    }

    [Fact]
    public void The_contract_renewed_does_not_overlap_itself()
    {
        var c = First();
        Assert.Empty(c.CanRenew(new CddiRenewal(D("2026-12-31")), Person(), false, [c], _p));
    }

    [Fact]
    public void CDDI_MAX_DURATION_comes_before_CDDI_OVERLAP()
    {
        var c = First();
        var next = Other("2026-09-05");
        Assert.Equal("CDDI-MAX-DURATION", Assert.Single(c.CanRenew(new CddiRenewal(D("2028-06-30")), Person(), false, [next], _p)).Code);
        Assert.Equal("CDDI-INVALID-TRANSITION", Assert.Single(c.CanRenew(new CddiRenewal(D("2026-09-04")), Person(), false, [next], _p)).Code);
    }
}
