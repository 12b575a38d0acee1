using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>Invariants of the year report.</summary>
public sealed class StructureYearReportProperties
{
    private static readonly LegalParameters Parameters = YearReportStructure.DefaultParameters();

    private static Gen<(int Year, int AsOfDay, int Conventioned, (int Day, int Minutes)[] Hours)> Cases =>
        from year in Gen.Choose(2015, 2030)
        from asOf in Gen.Choose(-10, 375)
        from conventioned in Gen.Choose(0, 5000)
        from hours in Gen.Zip(Gen.Choose(0, 365), Gen.Choose(1, 600)).ListOf().Select(l => l.ToArray())
        select (year, asOf, conventioned, hours);

    private static StructureYearReport Build((int Year, int AsOfDay, int Conventioned, (int Day, int Minutes)[] Hours) c)
    {
        var jan1 = new DateOnly(c.Year, 1, 1);
        var person = new PersonId("p1");
        var pass = PassIae.Issue(new PassId("a1"), person, jan1.AddDays(4), null, Parameters);
        var contract = CddiContract.Hire(
            new CddiHireRequest(new ContractId("c1"), person, new WorkshopId("ilot-gourmand"), jan1.AddDays(4),
                LegalDates.MonthsEnd(jan1.AddDays(4), 10), WorkMinutes.FromHours(26), TrialDays: 0),
            [pass], [], Parameters);
        var ledger = new ContractHoursLedger(contract.Id);
        var i = 0;
        foreach (var (day, minutes) in c.Hours)
        {
            var line = new WorkedHoursLine(contract.Id, jan1.AddDays(day), new WorkMinutes(minutes), $"k{i++}", "cip-1");
            if (ledger.CanRecord(line).Count == 0)
            {
                ledger.Record(line);
            }
        }
        var request = new StructureYearReportRequest(c.Year, c.Conventioned / 100m, 5m, jan1.AddDays(c.AsOfDay));
        return StructureYearCalculation.Build(request, request.AsOf!.Value, Parameters,
            new StructureYearInputs([contract], [ledger], [], [], [], [pass], [contract]));
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= 1e-20m;

    [Property]
    public Property Total_ETP_equals_the_sum_of_monthly_ETP() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var r = Build(c);
            return r.Months.Sum(m => m.Hours.Minutes) == r.Hours.Minutes
                && Close(r.Months.Sum(m => m.Realised), r.RealisedEtp)
                && Close(r.Months[11].RealisedCumulative, r.RealisedEtp)
                && Close(r.Months.Sum(m => m.Projected), r.ProjectedEtp)
                && Close(r.Months.Sum(m => m.ProjectedHours), r.ProjectedHours)
                && Close(r.Months.Sum(m => m.Conventioned), r.ConventionedEtp)
                && Close(r.RealisedEtp * 1820m * 60m, r.Hours.Minutes);
        });

    [Property]
    public Property Projection_is_never_below_the_realised_hours() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var r = Build(c);
            return r.ProjectedHours >= r.Hours.Hours && r.Months.All(m => m.ProjectedHours >= m.Hours.Hours);
        });

    [Property]
    public Property The_report_is_the_same_for_the_same_input() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (a, b) = (Build(c), Build(c));
            return StructureYearReportMarkdown.Render(a) == StructureYearReportMarkdown.Render(b)
                && StructureYearReportCsv.Render(a).SequenceEqual(StructureYearReportCsv.Render(b));
        });
}
