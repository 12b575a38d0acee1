using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// Aide au poste (DOMAIN.md §2, §6): the euros are ETP × the amount in force, so a new amount
/// row dated inside the year splits the year on its own day, the first and the last day of the
/// year included; a later amount is added as a new row, never by editing a constant.
/// </summary>
public sealed class AidePosteAmountRuleTests
{
    private static readonly ParameterKey<decimal> AciAmount = AidePosteParameters.BaseAmount(StructureKind.Aci);

    private static IReadOnlyList<ParameterUse> AmountUses(LegalParameters parameters, int year) =>
        Reporting(parameters, new DateOnly(year, 12, 31))
            .Report(new EtpReportRequest(StructureKind.Aci, year, EtpConventioned: 1m), [])
            .Parameters.Where(u => u.Name == AciAmount.Name).ToList();

    [Fact]
    public void An_amount_in_force_from_a_day_inside_the_year_applies_from_that_day_DOMAIN_6()
    {
        var parameters = new LegalParameters(); // a later amount is a new row, added before the table is frozen
        new AidePosteParameters().Contribute(parameters);
        parameters.Add(AciAmount, D("2025-03-15"), 24_000m, "arrêté test 2025-03");
        parameters.Add(AciAmount, D("2025-12-31"), 24_500m, "arrêté test 2025-12").Freeze();
        var uses = AmountUses(parameters, 2025);
        Assert.Equal(
            [
                (new DateRange(D("2025-01-01"), D("2025-03-14")), "23921"),
                (new DateRange(D("2025-03-15"), D("2025-12-30")), "24000"),
                (new DateRange(D("2025-12-31"), D("2025-12-31")), "24500"),
            ],
            uses.Select(u => (u.Period, u.Value)));
    }

    [Fact]
    public void The_2024_amounts_change_on_2024_11_01_DOMAIN_6()
    {
        var uses = AmountUses(Parameters(), 2024);
        Assert.Equal(
            [
                (new DateRange(D("2024-01-01"), D("2024-10-31")), "23458"),
                (new DateRange(D("2024-11-01"), D("2024-12-31")), "23921"),
            ],
            uses.Select(u => (u.Period, u.Value)));
    }
}
