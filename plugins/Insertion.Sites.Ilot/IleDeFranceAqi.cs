using Insertion.Abstractions;

namespace Insertion.Sites.Ilot;

/// <summary>
/// The Île-de-France AQI (Paris since 2009, Aubervilliers since 2012): it alternates collective
/// workshops and sessions in a training centre, with an in-company placement of 6 to 8 weeks,
/// and leads to the titre professionnel agent de restauration collective (DOMAIN.md §1). Unlike
/// Amiens, DOMAIN.md states no hiring at once on a CDDI of fixed length, so the programme has no
/// <see cref="ProgrammeDefinition.CddiMonths"/>; its length, capacity and promotions per year come
/// from the site's <see cref="IleDeFranceSiteOptions"/>.
/// </summary>
public static class IleDeFranceAqi
{
    /// <summary>Shortest placement, in weeks (DOMAIN.md §1: "6 to 8 weeks at least").</summary>
    public const int PlacementMinWeeks = 6;

    /// <summary>Longest placement, in weeks.</summary>
    public const int PlacementMaxWeeks = 8;

    /// <summary>Builds the programme of a site.</summary>
    /// <param name="id">Programme id (unique across sites, e.g. <c>aqi-paris</c>).</param>
    /// <param name="name">Name shown to people.</param>
    /// <param name="workshops">Where the collective workshops happen.</param>
    /// <param name="trainingCentre">The training centre (theory and exam).</param>
    /// <param name="options">The site's options.</param>
    public static ProgrammeDefinition Create(string id, string name, SiteLocation workshops, SiteLocation trainingCentre, IleDeFranceSiteOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(workshops);
        ArgumentNullException.ThrowIfNull(trainingCentre);
        ArgumentNullException.ThrowIfNull(options);
        return new ProgrammeDefinition
        {
            Id = id,
            Name = name,
            LengthMonths = options.AqiLengthMonths,
            Capacity = options.AqiCapacity,
            PromotionsPerYear = options.AqiPromotionsPerYear,
            PlacementMinWeeks = PlacementMinWeeks,
            PlacementMaxWeeks = PlacementMaxWeeks,
            Rotation = [ActivityKind.CollectiveWorkshop, ActivityKind.Theory],
            LocationOf = new Dictionary<ActivityKind, string>
            {
                [ActivityKind.CollectiveWorkshop] = workshops.Id,
                [ActivityKind.Theory] = trainingCentre.Id,
                [ActivityKind.Exam] = trainingCentre.Id,
            },
            Certification = "Titre professionnel agent de restauration collective",
        };
    }
}
