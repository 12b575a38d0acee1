using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// The weekly-hours schedule (the time may vary over the contract, within 20 h to 35 h, C. trav.
/// L5132-15-1; a change from a day replaces what was planned from that day on), the plan read from
/// it (the aide au poste projection), and what a renewal records (whether it used an extension past
/// 24 months, L5132-15-1, R5132-1-8).
/// </summary>
public class CddiScheduleAndRenewalRuleTests
{
    private readonly LegalParameters _p = Parameters();

    private static WorkMinutes H(int hours) => WorkMinutes.FromHours(hours);

    [Fact]
    public void A_change_of_weekly_hours_replaces_the_steps_planned_from_that_day_on_L5132_15_1()
    {
        var c = Hire(hours: 26);
        c.ChangeWeeklyHours(D("2026-03-02"), H(30), _p);
        c.ChangeWeeklyHours(D("2026-05-04"), H(24), _p);
        c.ChangeWeeklyHours(D("2026-04-06"), H(28), _p);
        Assert.Equal([new WeeklyHoursPeriod(D("2026-01-05"), H(26)), new WeeklyHoursPeriod(D("2026-03-02"), H(30)), new WeeklyHoursPeriod(D("2026-04-06"), H(28))],
            c.WeeklyHoursSchedule);
        Assert.Equal(H(28), c.WeeklyHoursOn(D("2026-06-01")));
        Assert.Equal(H(30), c.WeeklyHoursOn(D("2026-04-05")));
        Assert.Equal(H(26), c.WeeklyHoursOn(D("2026-01-05")));
        Assert.Null(c.WeeklyHoursOn(D("2026-01-04")));
    }

    [Fact]
    public void A_change_from_the_day_of_a_step_replaces_that_step_L5132_15_1()
    {
        var c = Hire(hours: 26);
        c.ChangeWeeklyHours(D("2026-03-02"), H(30), _p);
        c.ChangeWeeklyHours(D("2026-03-02"), H(32), _p);
        Assert.Equal([new WeeklyHoursPeriod(D("2026-01-05"), H(26)), new WeeklyHoursPeriod(D("2026-03-02"), H(32))], c.WeeklyHoursSchedule);
        c.ChangeWeeklyHours(D("2026-01-05"), H(21), _p);
        Assert.Equal([new WeeklyHoursPeriod(D("2026-01-05"), H(21))], c.WeeklyHoursSchedule);
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(35, true)]
    [InlineData(36, false)]
    public void A_change_keeps_the_weekly_hours_within_20_and_35_L5132_15_1(int hours, bool allowed)
    {
        var c = Hire(hours: 26);
        var before = Snapshot(c);
        if (allowed)
        {
            c.ChangeWeeklyHours(D("2026-03-02"), H(hours), _p);
            Assert.Equal(H(hours), c.WeeklyHoursOn(D("2026-03-02")));
        }
        else
        {
            Assert.Equal("CDDI-WEEKLY-HOURS", Assert.Single(c.CanChangeWeeklyHours(D("2026-03-02"), H(hours), _p)).Code);
            Assert.Equal("CDDI-WEEKLY-HOURS", Code(() => c.ChangeWeeklyHours(D("2026-03-02"), H(hours), _p)));
            Assert.Equal(before, Snapshot(c));
        }
    }

    [Fact]
    public void The_plan_of_a_contract_runs_each_step_to_the_day_before_the_next_and_the_last_to_the_term()
    {
        var c = Hire(hours: 26);
        c.ChangeWeeklyHours(D("2026-03-02"), H(30), _p);
        c.ChangeWeeklyHours(D("2026-06-01"), H(24), _p);
        var plan = ContractPlan.For(c);
        Assert.Equal(c.Id, plan.Contract);
        Assert.Equal(new DateRange(D("2026-01-05"), D("2026-09-04")), plan.Period);
        Assert.Equal(
            [
                new PlannedWeeklyHours(new DateRange(D("2026-01-05"), D("2026-03-01")), H(26)),
                new PlannedWeeklyHours(new DateRange(D("2026-03-02"), D("2026-05-31")), H(30)),
                new PlannedWeeklyHours(new DateRange(D("2026-06-01"), D("2026-09-04")), H(24)),
            ],
            plan.Schedule);
    }

    [Fact]
    public void The_plan_of_a_contract_ended_early_stops_on_its_last_day_and_drops_later_steps()
    {
        var c = Hire(hours: 26, trialDays: 0);
        c.ChangeWeeklyHours(D("2026-03-02"), H(30), _p);
        c.ChangeWeeklyHours(D("2026-06-01"), H(24), _p);
        c.Terminate(D("2026-04-30"), CddiTerminationReason.PermanentJob);
        var plan = ContractPlan.For(c);
        Assert.Equal(new DateRange(D("2026-01-05"), D("2026-04-30")), plan.Period);
        Assert.Equal(
            [
                new PlannedWeeklyHours(new DateRange(D("2026-01-05"), D("2026-03-01")), H(26)),
                new PlannedWeeklyHours(new DateRange(D("2026-03-02"), D("2026-04-30")), H(30)),
            ],
            plan.Schedule);
    }

    [Fact]
    public void The_plan_of_a_contract_ended_on_the_day_of_a_step_keeps_that_step_for_its_one_day()
    {
        var c = Hire(hours: 26, trialDays: 0);
        c.ChangeWeeklyHours(D("2026-06-01"), H(24), _p);
        c.Terminate(D("2026-06-01"), CddiTerminationReason.PermanentJob);
        var plan = ContractPlan.For(c);
        Assert.Equal(new PlannedWeeklyHours(new DateRange(D("2026-06-01"), D("2026-06-01")), H(24)), plan.Schedule[^1]);
    }

    [Fact]
    public void A_constant_plan_has_one_step_over_the_whole_period()
    {
        var period = new DateRange(D("2026-01-05"), D("2026-09-04"));
        var plan = ContractPlan.Constant(new ContractId("c1"), period, H(26));
        Assert.Equal([new PlannedWeeklyHours(period, H(26))], plan.Schedule);
    }

    [Fact]
    public void A_plan_orders_its_steps_and_refuses_overlapping_or_negative_ones()
    {
        var first = new PlannedWeeklyHours(new DateRange(D("2026-01-05"), D("2026-03-01")), H(26));
        var second = new PlannedWeeklyHours(new DateRange(D("2026-03-02"), D("2026-09-04")), H(30));
        var plan = new ContractPlan(new ContractId("c1"), new DateRange(D("2026-01-05"), D("2026-09-04")), [second, first]);
        Assert.Equal([first, second], plan.Schedule);
        var overlapping = new PlannedWeeklyHours(new DateRange(D("2026-03-01"), D("2026-09-04")), H(30));
        Assert.Throws<ArgumentException>(() => new ContractPlan(new ContractId("c1"), plan.Period, [first, overlapping]));
        var negative = new PlannedWeeklyHours(new DateRange(D("2026-03-02"), D("2026-09-04")), new WorkMinutes(-1));
        Assert.Throws<ArgumentException>(() => new ContractPlan(new ContractId("c1"), plan.Period, [first, negative]));
        var none = new PlannedWeeklyHours(second.Period, WorkMinutes.Zero);
        Assert.Equal([first, none], new ContractPlan(new ContractId("c1"), plan.Period, [first, none]).Schedule);
    }

    [Fact]
    public void A_renewal_within_24_months_uses_no_extension_even_when_one_is_named_L5132_15_1()
    {
        var c = Hire();
        var person = Person(birth: "1960-01-01");
        c.Renew(new CddiRenewal(D("2027-06-30"), CddiExtension.Senior), person, rqth: true, [], _p);
        Assert.Equal(new CddiRenewalRecord(D("2026-09-04"), D("2027-06-30"), null), Assert.Single(c.Renewals));
    }

    [Fact]
    public void A_renewal_exactly_to_the_24_month_cap_uses_no_extension_L5132_15_1()
    {
        var c = Hire();
        var cap = LegalDates.MonthsEnd(c.Start, 24);
        Assert.Equal(D("2028-01-04"), cap);
        Assert.Equal(cap, c.CapEnd(_p));
        c.Renew(new CddiRenewal(cap, CddiExtension.Rqth), Person(), rqth: true, [], _p);
        Assert.Equal(new CddiRenewalRecord(D("2026-09-04"), cap, null), Assert.Single(c.Renewals));
    }

    [Fact]
    public void A_renewal_one_day_past_the_24_month_cap_records_its_extension_R5132_1_8()
    {
        var c = Hire();
        c.Renew(new CddiRenewal(D("2028-01-05"), CddiExtension.Rqth), Person(), rqth: true, [], _p);
        Assert.Equal(new CddiRenewalRecord(D("2026-09-04"), D("2028-01-05"), CddiExtension.Rqth), Assert.Single(c.Renewals));
        Assert.Equal(D("2028-01-05"), c.End);
    }

    [Fact]
    public void A_renewal_past_24_months_without_extension_is_refused_and_at_the_cap_is_allowed_L5132_15_1()
    {
        var c = Hire();
        var before = Snapshot(c);
        Assert.Equal("CDDI-MAX-DURATION", Code(() => c.Renew(new CddiRenewal(D("2028-01-05")), Person(), false, [], _p)));
        Assert.Equal(before, Snapshot(c));
        c.Renew(new CddiRenewal(D("2028-01-04")), Person(), false, [], _p);
        Assert.Equal(D("2028-01-04"), c.End);
    }

    [Fact]
    public void A_renewal_ending_on_the_current_end_is_refused_CDDI_INVALID_TRANSITION()
    {
        var c = Hire();
        var before = Snapshot(c);
        Assert.Equal("CDDI-INVALID-TRANSITION", Code(() => c.Renew(new CddiRenewal(D("2026-09-04")), Person(), false, [], _p)));
        Assert.Equal(before, Snapshot(c));
        c.Renew(new CddiRenewal(D("2026-09-05")), Person(), false, [], _p);
        Assert.Equal(D("2026-09-05"), c.End);
    }

    [Fact]
    public void A_training_extension_may_end_on_the_training_end_and_not_later_L5132_15_1()
    {
        var c = Hire();
        c.Renew(new CddiRenewal(D("2028-01-04")), Person(), false, [], _p);
        var before = Snapshot(c);
        Assert.Equal("CDDI-MAX-DURATION", Code(() => c.Renew(new CddiRenewal(D("2028-03-01"), CddiExtension.Training, D("2028-02-29")), Person(), false, [], _p)));
        Assert.Equal("CDDI-MAX-DURATION", Code(() => c.Renew(new CddiRenewal(D("2028-03-01"), CddiExtension.Training), Person(), false, [], _p)));
        Assert.Equal(before, Snapshot(c));
        c.Renew(new CddiRenewal(D("2028-03-01"), CddiExtension.Training, D("2028-03-01")), Person(), false, [], _p);
        Assert.Equal(CddiExtension.Training, c.Renewals[^1].Extension);
    }
}
