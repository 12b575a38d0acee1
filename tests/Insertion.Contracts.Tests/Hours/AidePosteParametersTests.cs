using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>Aide au poste parameters: ETP base per structure kind and ACI amounts, dated (DOMAIN.md §2, §6).</summary>
public sealed class AidePosteParametersTests
{
    [Theory]
    [InlineData(StructureKind.Aci, "2024-05-01", 1820)]
    [InlineData(StructureKind.Aci, "2014-07-01", 1820)]
    [InlineData(StructureKind.Ai, "2024-05-01", 1607)]
    [InlineData(StructureKind.Ei, "2024-05-01", 1607)]
    [InlineData(StructureKind.Etti, "2024-05-01", 1607)]
    [InlineData(StructureKind.Eiti, "2024-05-01", 1607)]
    public void The_ETP_base_in_force_on_a_date_depends_on_the_structure_kind(StructureKind kind, string on, int hours) =>
        Assert.Equal(WorkMinutes.FromHours(hours), Parameters().ValueOn(AidePosteParameters.EtpAnnualHours(kind), D(on)));

    [Fact]
    public void The_ETP_base_has_no_value_before_the_2014_reform() =>
        Assert.Throws<KeyNotFoundException>(() => Parameters().ValueOn(AidePosteParameters.EtpAnnualHours(StructureKind.Aci), D("2014-06-30")));

    [Fact]
    public void Every_ETP_base_says_it_is_to_confirm() =>
        Assert.All(Enum.GetValues<StructureKind>(), k =>
            Assert.Contains("to confirm", Parameters().On(AidePosteParameters.EtpAnnualHours(k), D("2025-01-01")).Source, StringComparison.Ordinal));

    [Theory]
    [InlineData("2022-08-01", 22_289)]
    [InlineData("2022-12-31", 22_289)]
    [InlineData("2023-01-01", 22_692)]
    [InlineData("2023-12-31", 22_692)]
    [InlineData("2024-01-01", 23_458)]
    [InlineData("2024-10-31", 23_458)]
    [InlineData("2024-11-01", 23_921)]
    [InlineData("2026-06-01", 23_921)]
    public void The_ACI_amount_per_ETP_is_the_one_in_force_on_the_date(string on, int euros) =>
        Assert.Equal(euros, Parameters().ValueOn(AidePosteParameters.BaseAmount(StructureKind.Aci), D(on)));

    [Fact]
    public void No_ACI_amount_is_known_before_2022_08_01() =>
        Assert.Throws<KeyNotFoundException>(() => Parameters().ValueOn(AidePosteParameters.BaseAmount(StructureKind.Aci), D("2022-07-31")));

    [Theory]
    [InlineData(StructureKind.Ei, "01")]
    [InlineData(StructureKind.Etti, "02")]
    [InlineData(StructureKind.Ai, "03")]
    [InlineData(StructureKind.Aci, "04")]
    [InlineData(StructureKind.Eiti, null)]
    public void Structure_kinds_carry_their_ASP_employer_code(StructureKind kind, string? code) =>
        Assert.Equal(code, kind.AspEmployerCode());
}
