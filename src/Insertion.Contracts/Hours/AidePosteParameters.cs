using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// The dated parameters of the aide au poste (DOMAIN.md §2 and §6): the annual ETP base in paid
/// hours per structure kind, and the base amount of the aid per ETP and year. A later value is
/// added as a new row, never by editing one.
/// </summary>
public sealed class AidePosteParameters : ILegalParameterSource
{
    private const string ReformSource = "2014 funding reform of the IAE (aide au poste per ETP)";

    /// <summary>
    /// The annual base of one ETP for <paramref name="kind"/>, in paid hours
    /// (<c>AidePoste.EtpAnnualHours.ACI</c>, …).
    /// </summary>
    public static ParameterKey<WorkMinutes> EtpAnnualHours(StructureKind kind) => EtpKeys[(int)kind];

    /// <summary>
    /// The base amount of the aide au poste per ETP and year for <paramref name="kind"/>, in euros
    /// (<c>AidePoste.BaseAmount.ACI</c>, …). Only the ACI amounts are given (DOMAIN.md §6); a host adds
    /// the other kinds' rows from its own <see cref="ILegalParameterSource"/>.
    /// </summary>
    public static ParameterKey<decimal> BaseAmount(StructureKind kind) => AmountKeys[(int)kind];

    private static readonly ParameterKey<WorkMinutes>[] EtpKeys =
        Enum.GetValues<StructureKind>().Select(k => new ParameterKey<WorkMinutes>($"AidePoste.EtpAnnualHours.{k.Code()}")).ToArray();

    private static readonly ParameterKey<decimal>[] AmountKeys =
        Enum.GetValues<StructureKind>().Select(k => new ParameterKey<decimal>($"AidePoste.BaseAmount.{k.Code()}")).ToArray();

    /// <summary>The first day the 2014 reform's ETP bases are recorded as in force (to confirm with the ASP).</summary>
    public static readonly DateOnly ReformStart = new(2014, 7, 1);

    /// <inheritdoc />
    public void Contribute(LegalParameters table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Add(EtpAnnualHours(StructureKind.Aci), ReformStart, WorkMinutes.FromHours(1_820),
            $"35 h × 52, basis of the {ReformSource}; to confirm against the ASP's current guidance");
        table.Add(EtpAnnualHours(StructureKind.Ai), ReformStart, WorkMinutes.FromHours(1_607),
            $"1 607 h, the legal annual working time (C. trav. L3121-41), basis of the {ReformSource}; to confirm against the ASP's current guidance");
        table.Add(EtpAnnualHours(StructureKind.Ei), ReformStart, WorkMinutes.FromHours(1_607),
            $"1 607 h, the legal annual working time (C. trav. L3121-41), assumed basis of the {ReformSource} for EI; to confirm against the ASP's current guidance");
        table.Add(EtpAnnualHours(StructureKind.Etti), ReformStart, WorkMinutes.FromHours(1_607),
            $"1 607 h, the legal annual working time (C. trav. L3121-41), assumed basis of the {ReformSource} for ETTI; to confirm against the ASP's current guidance");
        table.Add(EtpAnnualHours(StructureKind.Eiti), ReformStart, WorkMinutes.FromHours(1_607),
            "1 607 h, the legal annual working time (C. trav. L3121-41), assumed as for EI (EITI experiment, loi 2018-771 art. 83); to confirm against the ASP's current guidance");

        var aci = BaseAmount(StructureKind.Aci);
        const string arrete = "yearly arrêté fixing the aid amounts for IAE structures (ACI, base amount per ETP)";
        table.Add(aci, new DateOnly(2022, 8, 1), 22_289m, arrete);
        table.Add(aci, new DateOnly(2023, 1, 1), 22_692m, arrete);
        table.Add(aci, new DateOnly(2024, 1, 1), 23_458m, arrete);
        table.Add(aci, new DateOnly(2024, 11, 1), 23_921m, arrete);
    }
}
