namespace Insertion.Cli.Simulation;

/// <summary>
/// How many people enter a site's activities in a year, and where each default comes from
/// (DOMAIN.md §1 and §6): the report states these sources.
/// </summary>
/// <param name="Aqi">AQI entrants (hired on CDDI, in promotions).</param>
/// <param name="Aci">People hired on CDDI in the ACI workshops outside the AQI.</param>
/// <param name="Tig">TIG measures hosted (TIG pédagogique with the SOA).</param>
internal sealed record SiteSizes(int Aqi, int Aci, int Tig)
{
    public int Total => Aqi + Aci + Tig;

    /// <summary>The sources of the defaults, printed in the report.</summary>
    public static readonly IReadOnlyList<(string Figure, string Source)> Sources =
    [
        ("AQI entrants: Amiens 42 (three promotions of 14, the 2017/2018 promotion's size); Paris 8, Aubervilliers 8", "DOMAIN.md §1: 58 AQI entrants in the Somme and Île-de-France in 2022; 14 enrolled in Amiens 2017/2018; three promotions a year in Amiens"),
        ("ACI hires outside the AQI: Amiens 28, Paris 6, Aubervilliers 5 (39 in all, split like the AQI entrants)", "DOMAIN.md §1: 97 CDDI posts filled in 2022, less the 58 AQI entrants"),
        ("TIG measures hosted: 12 a site, 93 h on average (20 to 400 h), about 76 % completed", "DOMAIN.md §6: 16 560 TIG pronounced in 2022, 93 h on average; 76 % completed in 2018, 16 months on average (this site size is an assumption, not a published figure)"),
        ("Exam: 85 % of those who follow sit it, 90 % of those pass; 63 % find a job after the AQI", "DOMAIN.md §1: exam success above 90 % of those who sat it; 63 % in a job after the AQI (2022)"),
        ("Withdrawals from a promotion: 14 %", "DOMAIN.md §1: Amiens 2017/2018, 12 of 14 followed the training"),
    ];

    /// <summary>The site's real size (the default of <c>--people</c>).</summary>
    public static SiteSizes Default(string site) => site switch
    {
        "amiens" => new(42, 28, 12),
        "paris" => new(8, 6, 12),
        "aubervilliers" => new(8, 5, 12),
        _ => new(8, 6, 12),
    };

    /// <summary>Splits <paramref name="people"/> across sites and activities in the proportions of the real sizes.</summary>
    public static IReadOnlyDictionary<string, SiteSizes> For(IReadOnlyList<string> sites, int? people)
    {
        var defaults = sites.ToDictionary(s => s, Default, StringComparer.Ordinal);
        if (people is not { } n)
        {
            return defaults;
        }
        var total = defaults.Values.Sum(s => s.Total);
        var result = new Dictionary<string, SiteSizes>(StringComparer.Ordinal);
        var given = 0;
        for (var i = 0; i < sites.Count; i++)
        {
            var d = defaults[sites[i]];
            var share = i == sites.Count - 1 ? n - given : (int)((long)n * d.Total / total);
            given += share;
            var aqi = (int)((long)share * d.Aqi / d.Total);
            var tig = (int)((long)share * d.Tig / d.Total);
            result[sites[i]] = new SiteSizes(aqi, share - aqi - tig, tig);
        }
        return result;
    }
}
