using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Contracts.Tests.Exits;

/// <summary>Invariants of the exit report.</summary>
public sealed class ExitReportProperties
{
    private static Gen<ContractExit[]> Exits =>
        from items in Gen.Zip(Gen.Zip(Gen.Elements("ilot-gourmand", "auto-bleue", "agr-ilot"), Gen.Choose(2023, 2025)),
                Gen.Elements(Enum.GetValues<ExitSituation>())).ListOf()
        select items.Select((x, i) => new ContractExit(new ContractId($"c{i}"), new WorkshopId(x.Item1.Item1), new DateOnly(x.Item1.Item2, 3, 1), x.Item2)).ToArray();

    [Property]
    public Property Categories_partition_the_exits_and_workshops_add_up_to_the_total() =>
        Prop.ForAll(Exits.ToArbitrary(), exits =>
        {
            var report = ExitReport.Of(2024, exits);
            var rows = report.Workshops.Append(report.Total).ToList();
            return rows.All(r => r.Durable + r.Transitional + r.Positive + r.Other == r.Exits
                    && (r.Exits == 0 || Math.Abs(r.DurableRate + r.TransitionalRate + r.PositiveRate + r.OtherRate - 1m) < 1e-20m))
                && report.Workshops.Sum(w => w.Exits) == report.Total.Exits
                && report.Total.Exits == exits.Count(e => e.End.Year == 2024)
                && Enum.GetValues<ExitCategory>().All(c => report.Workshops.Sum(w => w.CountOf(c)) == report.Total.CountOf(c));
        });
}
