using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// PASS IAE days (DOMAIN.md §6, itou/approvals): valid on [start, end] both ends included; a
/// hire on a day inside a suspension with a current reason (suspended, broken or finished contract,
/// CTA agreement, contrat passerelle) cuts it the day before the hire, and a hire on any other day
/// leaves the suspensions alone. PASS of the examples: issued 2026-01-05, so it ends 2028-01-04
/// (730 days both ends included); a suspension 2026-06-01 → 2026-06-30 moves the end 29 days, to 2028-02-02.
/// </summary>
public class PassIaeDayRuleTests
{
    private readonly LegalParameters _p = Parameters();

    private PassIae Suspended(PassSuspensionReason reason)
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), reason, _p);
        Assert.Equal(D("2028-02-02"), pass.End);
        return pass;
    }

    [Fact]
    public void A_pass_is_valid_on_its_first_and_last_days_and_not_beside_them_itou_approvals()
    {
        var pass = Pass();
        Assert.Equal(D("2028-01-04"), pass.End);
        Assert.False(pass.IsValidOn(D("2026-01-04")));
        Assert.True(pass.IsValidOn(D("2026-01-05")));
        Assert.True(pass.IsValidOn(D("2028-01-04")));
        Assert.False(pass.IsValidOn(D("2028-01-05")));
        Assert.Equal(PassState.Valid, pass.StateOn(D("2028-01-04")));
        Assert.Equal(PassState.Expired, pass.StateOn(D("2028-01-05")));
    }

    [Fact]
    public void A_hire_may_use_the_pass_on_its_first_and_last_days_only_L5132_15_1()
    {
        var pass = Pass();
        Assert.False(pass.CoversHireOn(D("2026-01-04")));
        Assert.True(pass.CoversHireOn(D("2026-01-05")));
        Assert.True(pass.CoversHireOn(D("2028-01-04")));
        Assert.False(pass.CoversHireOn(D("2028-01-05")));
    }

    [Theory]
    [InlineData("2026-05-31")]
    [InlineData("2026-07-01")]
    public void A_hire_before_or_after_a_current_suspension_cuts_nothing_itou_approvals(string hire)
    {
        var pass = Suspended(PassSuspensionReason.FinishedContract);
        var before = Snapshot(pass);
        Assert.Equal(D("2028-02-02"), pass.EndAfterHireOn(D(hire)));
        pass.RecordHire(D(hire));
        Assert.Equal(before, Snapshot(pass));
    }

    [Fact]
    public void A_hire_on_the_last_day_of_a_current_suspension_ends_it_the_day_before_itou_approvals()
    {
        var pass = Suspended(PassSuspensionReason.BrokenContract);
        Assert.Equal(D("2028-02-01"), pass.EndAfterHireOn(D("2026-06-30")));
        pass.RecordHire(D("2026-06-30"));
        var cut = Assert.Single(pass.Suspensions);
        Assert.Equal((D("2026-06-01"), D("2026-06-29")), (cut.From, cut.To));
        Assert.Equal(D("2028-02-01"), pass.End);
        Assert.Equal(28, pass.SuspensionDays);
    }

    [Theory]
    [InlineData(PassSuspensionReason.SuspendedContract)]
    [InlineData(PassSuspensionReason.BrokenContract)]
    [InlineData(PassSuspensionReason.FinishedContract)]
    [InlineData(PassSuspensionReason.CtaAgreement)]
    [InlineData(PassSuspensionReason.ContratPasserelle)]
    public void A_hire_inside_a_suspension_with_a_current_reason_cuts_it_itou_approvals(PassSuspensionReason reason)
    {
        Assert.True(reason.IsCurrent());
        var pass = Suspended(reason);
        pass.RecordHire(D("2026-06-10"));
        Assert.Equal(D("2026-06-09"), Assert.Single(pass.Suspensions).To);
        Assert.Equal(D("2028-01-12"), pass.End);
    }

    [Theory]
    [InlineData(PassSuspensionReason.Sickness)]
    [InlineData(PassSuspensionReason.Maternity)]
    [InlineData(PassSuspensionReason.Detention)]
    [InlineData(PassSuspensionReason.TrialOutsideIae)]
    [InlineData(PassSuspensionReason.Detoxification)]
    [InlineData(PassSuspensionReason.ForceMajeure)]
    public void A_hire_inside_a_suspension_with_a_historic_reason_keeps_it_itou_approvals(PassSuspensionReason reason)
    {
        Assert.False(reason.IsCurrent());
        var pass = Suspended(reason);
        var before = Snapshot(pass);
        Assert.Equal(D("2028-02-02"), pass.EndAfterHireOn(D("2026-06-10")));
        pass.RecordHire(D("2026-06-10"));
        Assert.Equal(before, Snapshot(pass));
    }

    [Fact]
    public void A_hire_cuts_only_the_suspension_holding_its_day_itou_approvals()
    {
        var pass = Pass();
        pass.Suspend(D("2026-03-02"), D("2026-03-11"), PassSuspensionReason.SuspendedContract, _p);  // 9 days
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.FinishedContract, _p);   // 29 days
        Assert.Equal(D("2028-02-11"), pass.End);
        pass.RecordHire(D("2026-06-01"));
        Assert.Equal((D("2026-03-02"), D("2026-03-11")), (Assert.Single(pass.Suspensions).From, pass.Suspensions[0].To));
        Assert.Equal(D("2028-01-13"), pass.End);
    }

    [Fact]
    public void A_hire_through_a_cddi_cuts_the_current_suspension_of_the_pass_it_uses_DOMAIN_6()
    {
        var pass = Suspended(PassSuspensionReason.FinishedContract);
        var contract = CddiContract.Hire(Request("2026-06-10"), [pass], [], _p);
        Assert.Equal(pass.Id, contract.Pass);
        Assert.Equal(D("2028-01-12"), pass.End);
    }

    [Fact]
    public void A_suspension_may_start_on_the_first_or_the_last_day_of_the_pass_and_not_after_itou_approvals()
    {
        var first = Pass();
        first.Suspend(D("2026-01-05"), D("2026-01-05"), PassSuspensionReason.SuspendedContract, _p);
        Assert.Single(first.Suspensions);
        var last = Pass();
        last.Suspend(D("2028-01-04"), D("2028-01-14"), PassSuspensionReason.FinishedContract, _p);
        Assert.Equal(D("2028-01-14"), last.End);
        var after = Pass();
        var before = Snapshot(after);
        Assert.Equal("PASS-SUSPENSION-INVALID", Assert.Single(after.CanSuspend(D("2028-01-05"), D("2028-01-06"), PassSuspensionReason.FinishedContract, _p)).Code);
        Assert.Equal("PASS-SUSPENSION-INVALID", Code(() => after.Suspend(D("2028-01-05"), D("2028-01-06"), PassSuspensionReason.FinishedContract, _p)));
        Assert.Equal(before, Snapshot(after));
    }

    [Fact]
    public void A_suspension_ending_on_its_first_day_is_allowed_and_one_ending_the_day_before_is_not_itou_approvals()
    {
        var pass = Pass();
        Assert.Empty(pass.CanSuspend(D("2026-06-01"), D("2026-06-01"), PassSuspensionReason.CtaAgreement, _p));
        Assert.Equal("PASS-SUSPENSION-INVALID", Assert.Single(pass.CanSuspend(D("2026-06-01"), D("2026-05-31"), PassSuspensionReason.CtaAgreement, _p)).Code);
    }

    [Fact]
    public void A_suspension_sharing_its_first_or_last_day_with_another_is_refused_itou_approvals()
    {
        var pass = Pass();
        pass.Suspend(D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.FinishedContract, _p);
        Assert.Equal("PASS-SUSPENSION-INVALID", Assert.Single(pass.CanSuspend(D("2026-06-30"), D("2026-07-05"), PassSuspensionReason.CtaAgreement, _p)).Code);
        Assert.Equal("PASS-SUSPENSION-INVALID", Assert.Single(pass.CanSuspend(D("2026-05-25"), D("2026-06-01"), PassSuspensionReason.CtaAgreement, _p)).Code);
        Assert.Empty(pass.CanSuspend(D("2026-07-01"), D("2026-07-05"), PassSuspensionReason.CtaAgreement, _p));
        Assert.Empty(pass.CanSuspend(D("2026-05-25"), D("2026-05-31"), PassSuspensionReason.CtaAgreement, _p));
    }

    [Theory]
    [InlineData(PassProlongationReason.Training, 365)]
    [InlineData(PassProlongationReason.Rqth, 365)]
    [InlineData(PassProlongationReason.ParticularDifficulties, 365)]
    [InlineData(PassProlongationReason.Senior, 365)]
    [InlineData(PassProlongationReason.SeniorCdi, 3650)]
    public void A_prolongation_adds_at_most_its_days_per_request_itou_approvals(PassProlongationReason reason, int perRequest)
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        var person = Person(birth: "1950-01-01");
        Assert.Equal("PASS-PROLONGATION-LIMIT", Assert.Single(pass.CanProlong(D("2021-02-01").AddDays(perRequest + 1), reason, person, true, _p)).Code);
        var before = Snapshot(pass);
        Assert.Equal("PASS-PROLONGATION-LIMIT", Code(() => pass.Prolong(D("2021-02-01").AddDays(perRequest + 1), reason, person, true, _p)));
        Assert.Equal(before, Snapshot(pass));
        var granted = pass.Prolong(D("2021-02-01").AddDays(perRequest), reason, person, true, _p);
        Assert.Equal(perRequest, granted.Days);
        Assert.Equal(perRequest, pass.ProlongationDays);
        Assert.Equal(D("2021-02-01").AddDays(perRequest), pass.End);
    }

    [Fact]
    public void A_prolongation_of_one_day_is_allowed_and_of_none_is_refused_itou_approvals()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        Assert.Equal("PASS-PROLONGATION-LIMIT", Assert.Single(pass.CanProlong(D("2021-01-31"), PassProlongationReason.Training, Person(), false, _p)).Code);
        pass.Prolong(D("2021-02-02"), PassProlongationReason.Training, Person(), false, _p);
        Assert.Equal(D("2021-02-02"), pass.End);
    }

    [Fact]
    public void A_senior_cdi_prolongation_needs_57_years_on_the_day_after_the_end_itou_approvals()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        // 57 on 2021-02-02 for a person born 1964-02-02 (a year of age starts on the birthday, SCENARIOS.md "Months").
        Assert.Empty(pass.CanProlong(D("2022-02-01"), PassProlongationReason.SeniorCdi, Person(birth: "1964-02-02"), false, _p));
        Assert.Equal("PASS-PROLONGATION-CONDITION", Assert.Single(pass.CanProlong(D("2022-02-01"), PassProlongationReason.SeniorCdi, Person(birth: "1964-02-03"), false, _p)).Code);
    }

    [Fact]
    public void The_total_cap_counts_suspensions_not_and_earlier_prolongations_yes_itou_approvals()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        var person = Person(birth: "1950-01-01");
        pass.Suspend(D("2020-01-01"), D("2020-12-31"), PassSuspensionReason.Sickness, _p);  // moves the end 365 days, not a prolongation
        Assert.Equal(D("2022-02-01"), pass.End);
        for (var i = 0; i < 3; i++)
        {
            pass.Prolong(pass.End.AddDays(365), PassProlongationReason.Rqth, person, true, _p);
        }
        Assert.Equal(1095, pass.ProlongationDays);
        Assert.Equal("PASS-PROLONGATION-LIMIT", Assert.Single(pass.CanProlong(pass.End.AddDays(1), PassProlongationReason.ParticularDifficulties, person, true, _p)).Code);
        Assert.Empty(pass.CanProlong(pass.End.AddDays(365), PassProlongationReason.Senior, person, true, _p));
    }
}
