using Insertion.Abstractions;

namespace Insertion.Workshops.AutoBleue;

/// <summary>Auto Bleue: a garage teaching car mechanics and bodywork; lifts and tools limit its capacity.</summary>
public sealed class AutoBleueWorkshop : IWorkshop
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "auto-bleue";

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Auto Bleue";
    /// <inheritdoc />
    public string Trade => "Mécanique automobile, carrosserie";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["I1604", "I1606"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel mécanicien automobile";
    /// <inheritdoc />
    public int Capacity => 8;
}
