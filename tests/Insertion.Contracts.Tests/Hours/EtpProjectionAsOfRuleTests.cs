using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// The projection to year end of the aide au poste report (DOMAIN.md §2, §6): the ledgers' actual
/// hours up to the as-of day, that day included, then the planned weekly hours / 7 of each day
/// after it, inside both the contract's days and the schedule period, up to December 31.
/// </summary>
public sealed class EtpProjectionAsOfRuleTests
{
    private static decimal R(decimal value) => decimal.Round(value, 12);

    private static EtpReport Report(DateOnly asOf, ContractHoursLedger ledger, params ContractPlan[] plans) =>
        Reporting(Parameters(), asOf).Report(
            new EtpReportRequest(StructureKind.Aci, 2023, 1m, AsOf: asOf, Plans: plans.Length == 0 ? null : plans), [ledger]);

    [Fact]
    public void Hours_of_the_as_of_day_are_actual_hours_and_later_hours_are_replaced_by_the_plan()
    {
        var ledger = Ledger(C1, Line(C1, "2023-02-28", 7, "a"), Line(C1, "2023-03-01", 5, "b"));
        var week = ContractPlan.Constant(C1, new DateRange(D("2023-03-01"), D("2023-03-07")), WorkMinutes.FromHours(28));
        var report = Report(D("2023-02-28"), ledger, week);
        Assert.Equal(WorkMinutes.FromHours(12), report.Total.Worked);
        Assert.Equal(R(7m + 28m), R(report.Total.ProjectedHours));
        Assert.Equal(R(7m), R(report.Months[1].ProjectedHours));
        Assert.Equal(R(28m), R(report.Months[2].ProjectedHours));
        Assert.Equal(R(35m / 1820m), R(report.Total.ProjectedEtp));
        Assert.Equal(R((35m / 1820m) - 1m), R(report.Total.ProjectedGap));
    }

    [Fact]
    public void Without_plans_the_projection_is_the_actual_hours_up_to_the_as_of_day()
    {
        var ledger = Ledger(C1, Line(C1, "2023-02-28", 7, "a"), Line(C1, "2023-03-01", 5, "b"));
        var report = Report(D("2023-02-28"), ledger);
        Assert.Equal(R(7m), R(report.Total.ProjectedHours));
        Assert.Equal(R(7m / 1820m), R(report.Total.ProjectedEtp));
    }

    [Fact]
    public void As_of_December_31_nothing_is_planned_any_more()
    {
        var ledger = Ledger(C1, Line(C1, "2023-12-31", 7, "a"));
        var year = ContractPlan.Constant(C1, new DateRange(D("2023-01-01"), D("2023-12-31")), WorkMinutes.FromHours(35));
        var report = Report(D("2023-12-31"), ledger, year);
        Assert.Equal(R(7m), R(report.Total.ProjectedHours));
        Assert.Equal(R(7m), R(report.Months[11].ProjectedHours));
    }

    [Fact]
    public void As_of_a_day_before_the_year_every_planned_day_of_the_year_counts()
    {
        var ledger = new ContractHoursLedger(C1);
        var plan = ContractPlan.Constant(C1, new DateRange(D("2022-12-01"), D("2023-01-07")), WorkMinutes.FromHours(35));
        var report = Report(D("2022-11-30"), ledger, plan);
        Assert.Equal(R(7m * 35m / 7m), R(report.Total.ProjectedHours));
        Assert.Equal(R(35m), R(report.Months[0].ProjectedHours));
    }

    [Fact]
    public void A_plan_counts_only_the_days_inside_both_the_contract_and_the_schedule_period()
    {
        var ledger = new ContractHoursLedger(C1);
        var plan = new ContractPlan(C1, new DateRange(D("2023-03-01"), D("2023-03-10")),
            [new PlannedWeeklyHours(new DateRange(D("2023-03-06"), D("2023-03-20")), WorkMinutes.FromHours(21))]);
        var outside = ContractPlan.Constant(C2, new DateRange(D("2023-01-01"), D("2023-02-28")), WorkMinutes.FromHours(35));
        var report = Report(D("2023-02-28"), ledger, plan, outside);
        // 2023-03-06 .. 2023-03-10: 5 days × 21 h / 7.
        Assert.Equal(R(5m * 3m), R(report.Total.ProjectedHours));
    }
}
