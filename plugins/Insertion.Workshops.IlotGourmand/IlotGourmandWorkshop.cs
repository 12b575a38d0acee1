using Insertion.Abstractions;

namespace Insertion.Workshops.IlotGourmand;

/// <summary>Îlot Gourmand: a production kitchen teaching collective catering; host of the AQI practical weeks.</summary>
public sealed class IlotGourmandWorkshop : IWorkshop
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "ilot-gourmand";

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Îlot Gourmand";
    /// <inheritdoc />
    public string Trade => "Restauration collective (agent de restauration collective)";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["G1603"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel agent de restauration collective";
    /// <inheritdoc />
    public int Capacity => 15;
}
