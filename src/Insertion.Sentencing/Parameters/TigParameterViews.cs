using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// Which parameters apply to a measure: the view of its site (<see cref="LegalParameters.For(ISite)"/>,
/// the site named on the measure, else the site running its SOA programme, else the site covering its
/// territory), or the host's view when no registered site is concerned. Reads only frozen data.
/// </summary>
internal sealed class TigParameterViews
{
    private readonly LegalParameters _parameters;
    private readonly SiteRegistry _sites;
    private readonly Dictionary<string, (ISite Site, SoaProgrammeDefinition Programme)> _programmes = new(StringComparer.OrdinalIgnoreCase);

    public TigParameterViews(LegalParameters parameters, SiteRegistry sites)
    {
        _parameters = parameters;
        _sites = sites;
        foreach (var site in sites.All.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            foreach (var p in site.SoaProgrammes)
            {
                if (!_programmes.TryAdd(p.Id, (site, p)))
                {
                    throw new InvalidOperationException($"Two SOA programmes are registered with id '{p.Id}'.");
                }
            }
        }
    }

    /// <summary>The host's view (the baseline with host and scenario overrides).</summary>
    public LegalParameters Host => _parameters;

    public IReadOnlyCollection<SoaProgrammeDefinition> Programmes => _programmes.Values.Select(p => p.Programme).ToList();

    public SoaProgrammeDefinition? Programme(string id) => _programmes.TryGetValue(id, out var p) ? p.Programme : null;

    public ISite? Site(string id) => _sites.Find(id);

    /// <summary>The site whose people and programmes the measure concerns, or null.</summary>
    public ISite? SiteOf(TigMeasure m) => SiteOf(m.Site, m.SoaProgramme, m.Territory);

    /// <summary>The site named, else the site running the programme, else the first site (by id) covering the territory, or null.</summary>
    public ISite? SiteOf(string? site, string? programme, TigTerritory? territory)
    {
        if (site is not null && _sites.Find(site) is { } named)
        {
            return named;
        }
        if (programme is not null && _programmes.TryGetValue(programme, out var found))
        {
            return found.Site;
        }
        if (territory is { } t)
        {
            return _sites.All.OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(s => s.TigTerritories.Contains(t));
        }
        return null;
    }

    /// <summary>The parameters that apply to the measure.</summary>
    public LegalParameters For(TigMeasure m) => For(m.Site, m.SoaProgramme, m.Territory);

    /// <summary>The parameters that apply where a site, programme or territory is concerned (the host's view when none is).</summary>
    public LegalParameters For(string? site, string? programme, TigTerritory? territory) =>
        SiteOf(site, programme, territory) is { } s ? _parameters.For(s) : _parameters;

    /// <summary>The TIG overrides of the measure's view (site, host, scenario), with their sources.</summary>
    public IReadOnlyList<ParameterOverride> OverridesFor(TigMeasure m) =>
        For(m).Overrides.Where(o => o.Name.StartsWith("TIG.", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The pedagogical share cap of the measure on a day: its programme's, else the parameter of its view.</summary>
    public decimal ShareMax(TigMeasure m, DateOnly on) =>
        m.SoaProgramme is { } p && _programmes.TryGetValue(p, out var programme)
            ? programme.Programme.PedagogicalShareMax
            : For(m).ValueOn(SentencingParameters.PedagogicalShareMax, on);

    /// <summary>
    /// The person caps in force on a day for the measure's view. The minor caps never exceed the
    /// adult ones (a site or host lowering the adult cap lowers both).
    /// </summary>
    public TigDayLimits Limits(TigMeasure m, DateOnly on)
    {
        var view = For(m);
        var daily = view.ValueOn(SentencingParameters.DailyMaxHours, on);
        var weekly = view.ValueOn(SentencingParameters.WeeklyCumulMaxHours, on);
        return new TigDayLimits(
            WorkMinutes.FromHours(daily),
            WorkMinutes.FromHours(Math.Min(daily, view.ValueOn(SentencingParameters.DailyMaxHoursMinor, on))),
            WorkMinutes.FromHours(weekly),
            WorkMinutes.FromHours(Math.Min(weekly, view.ValueOn(SentencingParameters.WeeklyCumulMaxHoursMinor, on))));
    }
}

/// <summary>The daily and weekly caps of a person in force on a day (C. trav. L3121-18, L3162-1; Code pénitentiaire R. 623-16).</summary>
internal readonly record struct TigDayLimits(WorkMinutes Daily, WorkMinutes DailyMinor, WorkMinutes Weekly, WorkMinutes WeeklyMinor);
