namespace Insertion.Sentencing;

/// <summary>
/// Why the time limit of a TIG is suspended (C. pén. 131-22): by decision for a serious medical,
/// family, professional or social reason; by law during detention, home detention under electronic
/// monitoring, or national service.
/// </summary>
public enum TigSuspensionReason
{
    /// <summary>Serious medical reason (by decision). Health data: never shown in reports.</summary>
    Medical,
    /// <summary>Serious family reason (by decision).</summary>
    Family,
    /// <summary>Serious professional reason (by decision).</summary>
    Professional,
    /// <summary>Serious social reason (by decision).</summary>
    Social,
    /// <summary>Detention (by law).</summary>
    Detention,
    /// <summary>Home detention under electronic monitoring, DDSE (by law).</summary>
    HomeDetention,
    /// <summary>National service (by law).</summary>
    NationalService,
}
