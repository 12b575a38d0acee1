using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>Invariants of the ETP report.</summary>
public sealed class EtpReportProperties
{
    private static Gen<(StructureKind Kind, int Year, (int Day, int Minutes)[] Hours)> Cases =>
        from kind in Gen.Elements(Enum.GetValues<StructureKind>())
        from year in Gen.Choose(2015, 2030)
        from hours in Gen.Zip(Gen.Choose(0, 364), Gen.Choose(1, 600)).ListOf().Select(l => l.ToArray())
        select (kind, year, hours);

    private static ContractHoursLedger LedgerOf(int year, (int Day, int Minutes)[] hours)
    {
        var ledger = new ContractHoursLedger(C1);
        var i = 0;
        foreach (var (day, minutes) in hours)
        {
            var line = new WorkedHoursLine(C1, new DateOnly(year, 1, 1).AddDays(day), new WorkMinutes(minutes), $"k{i++}", "cip-1");
            if (ledger.CanRecord(line).Count == 0)
            {
                ledger.Record(line);
            }
        }
        return ledger;
    }

    [Property]
    public Property ETP_consumed_times_the_base_is_the_hours_worked() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var parameters = Parameters();
            var ledger = LedgerOf(c.Year, c.Hours);
            var report = Reporting(parameters, new DateOnly(c.Year, 12, 31))
                .Report(new EtpReportRequest(c.Kind, c.Year, 1m), [ledger]);
            var baseMinutes = parameters.ValueOn(AidePosteParameters.EtpAnnualHours(c.Kind), new DateOnly(c.Year, 1, 1)).Minutes;
            return decimal.Round(report.Total.EtpConsumed * baseMinutes) == report.Total.Worked.Minutes
                && report.Total.Worked == ledger.InYear(c.Year)
                && report.Months.All(m => decimal.Round(m.EtpConsumed * baseMinutes) == m.Worked.Minutes
                    && m.Worked == ledger.InMonth(c.Year, m.Period.Start.Month));
        });

    [Property]
    public Property Months_add_up_to_the_year() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var ledger = LedgerOf(c.Year, c.Hours);
            var report = Reporting(Parameters(), new DateOnly(c.Year, 6, 30))
                .Report(new EtpReportRequest(c.Kind, c.Year, 3m,
                    Plans: [ContractPlan.Constant(C1, new DateRange(new DateOnly(c.Year, 1, 1), new DateOnly(c.Year, 12, 31)), WorkMinutes.FromHours(26))]), [ledger]);
            static decimal R(decimal d) => decimal.Round(d, 18);
            return report.Months.Sum(m => m.Worked.Minutes) == report.Total.Worked.Minutes
                && R(report.Months.Sum(m => m.EtpConsumed)) == R(report.Total.EtpConsumed)
                && R(report.Months.Sum(m => m.EtpConventioned)) == 3m
                && R(report.Months.Sum(m => m.ProjectedHours)) == R(report.Total.ProjectedHours);
        });
}
