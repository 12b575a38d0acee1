using Insertion.Abstractions;

namespace Insertion.Workshops.AgrIlot;

/// <summary>Agr'Îlot: market gardening, with a seasonal workload.</summary>
public sealed class AgrIlotWorkshop : IWorkshop
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "agr-ilot";

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Agr'Îlot";
    /// <inheritdoc />
    public string Trade => "Maraîchage";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["A1414"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel ouvrier du maraîchage";
    /// <inheritdoc />
    public int Capacity => 12;
}
