namespace Insertion.Abstractions;

/// <summary>Territories where the association develops TIG pédagogique (2022 national call for projects).</summary>
public enum TigTerritory
{
    /// <summary>Somme (Amiens).</summary>
    Somme,
    /// <summary>Paris.</summary>
    Paris,
    /// <summary>Seine-Saint-Denis (Aubervilliers; the SOA's origin with the SPIP 93).</summary>
    SeineSaintDenis,
    /// <summary>Var.</summary>
    Var,
}
