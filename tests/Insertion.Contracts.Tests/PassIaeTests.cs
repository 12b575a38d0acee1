using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>PASS IAE as "les emplois de l'inclusion" implements it (itou/approvals; DOMAIN.md §6).</summary>
public class PassIaeTests
{
    private readonly LegalParameters _p = Parameters();

    [Fact]
    public void Default_length_is_730_days_both_ends_included()
    {
        Assert.Equal(D("2028-01-04"), Pass("2026-01-05").End);
        Assert.Equal(D("2029-02-27"), Pass("2027-03-01").End);
        Assert.Equal(D("2021-02-01"), Pass("2019-02-02", "2021-02-01").End);
    }

    [Fact]
    public void Suspension_moves_the_end_by_to_minus_from()
    {
        var pass = Pass();
        pass.Suspend(D("2026-03-10"), D("2026-03-10"), PassSuspensionReason.SuspendedContract, _p);
        Assert.Equal(D("2028-01-04"), pass.End);
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.Sickness, _p);
        Assert.Equal(D("2028-02-02"), pass.End);
    }

    [Fact]
    public void Inclusive_mode_moves_the_end_by_the_inclusive_length_and_is_listed()
    {
        var p = _p.With(ContractParameters.PassSuspensionExtensionMode, PassSuspensionExtension.Inclusive, "test");
        var pass = Pass(p: p);
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.Sickness, p);
        Assert.Equal(D("2028-02-03"), pass.End);
        Assert.Contains(p.Overrides, o => o.Name == "PassIae.SuspensionExtension");
    }

    [Theory]
    [InlineData("2026-06-02", "2026-06-01")]   // to before from
    [InlineData("2026-01-04", "2026-01-10")]   // before the start
    [InlineData("2028-01-14", "2028-01-20")]   // after the end (2028-01-13, moved 9 days)
    [InlineData("2026-06-01", "2029-06-01")]   // past 36 months
    [InlineData("2026-03-20", "2026-04-01")]   // shares 2026-04-01
    public void Invalid_suspensions_are_refused_and_change_nothing(string from, string to)
    {
        var pass = Pass();
        pass.Suspend(D("2026-04-01"), D("2026-04-10"), PassSuspensionReason.BrokenContract, _p);
        var before = Snapshot(pass);
        Assert.Equal("PASS-SUSPENSION-INVALID", Code(() => pass.Suspend(D(from), D(to), PassSuspensionReason.BrokenContract, _p)));
        Assert.Equal(before, Snapshot(pass));
    }

    [Fact]
    public void Thirty_six_months_exactly_is_allowed_and_adjacent_is_fine()
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2029-05-31"), PassSuspensionReason.Detention, _p);
        pass.Suspend(D("2029-06-01"), D("2029-06-02"), PassSuspensionReason.CtaAgreement, _p);
        Assert.Equal(2, pass.Suspensions.Count);
    }

    [Fact]
    public void State_on_a_date()
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.BrokenContract, _p);
        Assert.Equal(PassState.Valid, pass.StateOn(D("2026-05-31")));
        Assert.Equal(PassState.Suspended, pass.StateOn(D("2026-06-01")));
        Assert.Equal(PassState.Suspended, pass.StateOn(D("2026-06-30")));
        Assert.Equal(PassState.Valid, pass.StateOn(D("2028-02-02")));
        Assert.Equal(PassState.Expired, pass.StateOn(D("2028-02-03")));
        Assert.True(pass.IsValidOn(D("2026-06-15")));
        Assert.False(pass.IsValidOn(D("2028-02-03")));
    }

    [Theory]
    [InlineData(PassProlongationReason.Training, "2022-02-01")]
    [InlineData(PassProlongationReason.Rqth, "2024-02-01")]
    [InlineData(PassProlongationReason.Senior, "2026-01-31")]
    [InlineData(PassProlongationReason.SeniorCdi, "2031-01-30")]
    public void The_issuing_services_example_of_maximum_prolongations(PassProlongationReason reason, string max)
    {
        // A PASS ending 2021-02-01; a person of 60 with RQTH: every condition holds.
        var pass = Pass("2019-02-02", "2021-02-01");
        var person = Person(birth: "1960-01-01");
        var perRequest = reason == PassProlongationReason.SeniorCdi ? 3650 : 365;
        while (true)
        {
            var next = pass.End.AddDays(perRequest);
            if (pass.CanProlong(next, reason, person, true, _p).Count > 0)
            {
                // the rest up to the total cap, if any
                var rest = pass.End.AddDays(1);
                while (pass.CanProlong(rest, reason, person, true, _p).Count == 0)
                {
                    rest = rest.AddDays(1);
                }
                if (rest.AddDays(-1) > pass.End)
                {
                    pass.Prolong(rest.AddDays(-1), reason, person, true, _p);
                }
                break;
            }
            pass.Prolong(next, reason, person, true, _p);
            if (reason is PassProlongationReason.Training or PassProlongationReason.SeniorCdi)
            {
                break; // one request: no total cap to reach
            }
        }
        Assert.Equal(D(max), pass.End);
        Assert.Equal("PASS-PROLONGATION-LIMIT", pass.CanProlong(pass.End.AddDays(perRequest + 1), reason, person, true, _p).Single().Code);
    }

    [Fact]
    public void Conditions_are_checked_on_the_day_after_the_end_before_the_limits()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        Assert.Empty(pass.CanProlong(D("2022-02-01"), PassProlongationReason.Senior, Person(birth: "1971-02-02"), false, _p));
        Assert.Equal("PASS-PROLONGATION-CONDITION", pass.CanProlong(D("2022-02-01"), PassProlongationReason.Senior, Person(birth: "1971-02-03"), false, _p).Single().Code);
        Assert.Equal("PASS-PROLONGATION-CONDITION", pass.CanProlong(D("2020-01-01"), PassProlongationReason.Rqth, Person(), false, _p).Single().Code);
        Assert.Equal("PASS-PROLONGATION-CONDITION", pass.CanProlong(D("2022-02-01"), PassProlongationReason.SeniorCdi, Person(birth: "1964-02-03"), false, _p).Single().Code);
        Assert.Equal("PASS-PROLONGATION-LIMIT", pass.CanProlong(D("2021-02-01"), PassProlongationReason.Training, Person(), false, _p).Single().Code);
    }

    [Fact]
    public void Total_caps_count_every_earlier_prolongation_whatever_its_reason()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        var person = Person();
        pass.Prolong(D("2022-02-01"), PassProlongationReason.Training, person, true, _p);
        pass.Prolong(D("2023-02-01"), PassProlongationReason.ParticularDifficulties, person, true, _p);
        pass.Prolong(D("2024-02-01"), PassProlongationReason.Rqth, person, true, _p);
        Assert.Equal(1095, pass.ProlongationDays);
        Assert.Equal("PASS-PROLONGATION-LIMIT", pass.CanProlong(D("2024-02-02"), PassProlongationReason.Rqth, person, true, _p).Single().Code);
        Assert.Empty(pass.CanProlong(D("2024-02-02"), PassProlongationReason.Training, person, true, _p));
    }

    [Fact]
    public void A_hire_cuts_a_current_suspension_and_keeps_a_historic_one()
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.FinishedContract, _p);
        Assert.Equal(D("2028-01-12"), pass.EndAfterHireOn(D("2026-06-10")));
        Assert.Equal(D("2028-02-02"), pass.End);        // the query changes nothing
        pass.RecordHire(D("2026-06-10"));
        Assert.Equal(D("2028-01-12"), pass.End);
        Assert.Equal(D("2026-06-09"), pass.Suspensions.Single().To);

        var first = Pass();
        first.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.CtaAgreement, _p);
        first.RecordHire(D("2026-06-01"));
        Assert.Empty(first.Suspensions);
        Assert.Equal(D("2028-01-04"), first.End);

        var historic = Pass();
        historic.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.Detention, _p);
        historic.RecordHire(D("2026-06-10"));
        Assert.Equal(D("2028-02-02"), historic.End);
    }

    [Fact]
    public void A_refused_hire_cuts_nothing()
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.FinishedContract, _p);
        var before = Snapshot(pass);
        Assert.Equal("CDDI-WEEKLY-HOURS", Code(() => CddiContract.Hire(Request("2026-06-10", hours: 40), [pass], [], _p)));
        Assert.Equal(before, Snapshot(pass));
    }
}
