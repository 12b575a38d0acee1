namespace Insertion.Abstractions;

/// <summary>Where a site is, for its public holidays.</summary>
public enum FrenchRegion
{
    /// <summary>Metropolitan France (the 11 national public holidays).</summary>
    Metropolitan,
    /// <summary>Alsace-Moselle: adds Good Friday and 26 December.</summary>
    AlsaceMoselle,
    /// <summary>Guadeloupe (adds the abolition of slavery day).</summary>
    Guadeloupe,
    /// <summary>Martinique (adds the abolition of slavery day).</summary>
    Martinique,
    /// <summary>French Guiana (adds the abolition of slavery day).</summary>
    Guyane,
    /// <summary>La Réunion (adds the abolition of slavery day).</summary>
    LaReunion,
    /// <summary>Mayotte (adds the abolition of slavery day).</summary>
    Mayotte,
}
