using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// A refusal names its offending values (DESIGN.md "Rule errors are data"): when a command is both
/// from a state that does not allow it and dated outside the contract's days, the state is what is
/// reported (the lifecycle is checked first, SCENARIOS.md "CDDI"); a trial that is too long names
/// the legal maximum (L1242-10).
/// </summary>
public class CddiRefusalValueTests
{
    private static readonly DateOnly AfterTheEnd = D("2026-09-05");
    private readonly LegalParameters _p = Parameters();

    private static CddiContract Active()
    {
        var c = Hire(trialDays: 0);
        Assert.Equal(CddiState.Active, c.State);
        return c;
    }

    public static TheoryData<string> Commands() => ["confirm", "fail", "resume", "suspend-suspended", "terminate-ended", "hours-ended"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_from_a_state_that_does_not_allow_it_names_the_state_even_dated_outside_the_days(string command)
    {
        var c = Active();
        IReadOnlyList<RuleViolation> refused;
        switch (command)
        {
            case "confirm": refused = c.CanConfirmTrial(AfterTheEnd); break;
            case "fail": refused = c.CanFailTrial(AfterTheEnd); break;
            case "resume": refused = c.CanResume(AfterTheEnd); break;
            case "suspend-suspended":
                c.Suspend(D("2026-03-02"), CddiSuspensionReason.Pmsmp);
                refused = c.CanSuspend(AfterTheEnd, CddiSuspensionReason.Pmsmp);
                break;
            case "terminate-ended":
                c.Terminate(D("2026-03-02"), CddiTerminationReason.MutualAgreement);
                refused = c.CanTerminate(AfterTheEnd, CddiTerminationReason.PermanentJob);
                break;
            default:
                c.Terminate(D("2026-03-02"), CddiTerminationReason.MutualAgreement);
                refused = c.CanChangeWeeklyHours(AfterTheEnd, WorkMinutes.FromHours(30), _p);
                break;
        }
        var v = Assert.Single(refused);
        Assert.Equal("CDDI-INVALID-TRANSITION", v.Code);
        Assert.True(v.Values.ContainsKey("state"), string.Join(",", v.Values.Keys));
        Assert.False(v.Values.ContainsKey("on"));
    }

    [Fact]
    public void A_command_from_an_allowed_state_dated_outside_the_days_names_the_day()
    {
        var c = Active();
        var v = Assert.Single(c.CanSuspend(AfterTheEnd, CddiSuspensionReason.Pmsmp));
        Assert.Equal(("CDDI-INVALID-TRANSITION", AfterTheEnd), (v.Code, (DateOnly)v.Values["on"]!));
    }

    [Theory]
    [InlineData(6, 14)]     // at most 2 weeks when the contract lasts 6 months or less
    [InlineData(4, 14)]
    public void A_trial_longer_than_the_legal_maximum_names_that_maximum_in_days_L1242_10(int months, int maxDays)
    {
        var refused = CddiContract.CanHire(Request(months: months, trialDays: maxDays + 1), [Pass()], [], _p);
        var v = Assert.Single(refused);
        Assert.Equal(("CDDI-TRIAL-TOO-LONG", maxDays), (v.Code, (int)v.Values["legalMaximumDays"]!));
        Assert.Empty(CddiContract.CanHire(Request(months: months, trialDays: maxDays), [Pass()], [], _p));
    }
}
