using Insertion.Abstractions;

namespace Insertion.Workshops.EtapWeb;

/// <summary>Etap'Web: a digital agency teaching web development; part of the work can be remote.</summary>
public sealed class EtapWebWorkshop : IWorkshop
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "etap-web";

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "Etap'Web";
    /// <inheritdoc />
    public string Trade => "Codeur / développeur web";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["M1805"];
    /// <inheritdoc />
    public string Certification => "Titre professionnel développeur web et web mobile";
    /// <inheritdoc />
    public int Capacity => 10;
}
