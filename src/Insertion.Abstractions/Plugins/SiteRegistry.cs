namespace Insertion.Abstractions;

/// <summary>Finds registered sites, and the programmes they offer, by id.</summary>
public sealed class SiteRegistry
{
    private readonly Dictionary<string, ISite> _sites = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (ISite Site, ProgrammeDefinition Programme)> _programmes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the registered sites and their programmes; a duplicate id is a configuration error.</summary>
    public SiteRegistry(IEnumerable<ISite> sites)
    {
        foreach (var s in sites)
        {
            if (!_sites.TryAdd(s.Id, s))
            {
                throw new InvalidOperationException($"Two sites are registered with id '{s.Id}'.");
            }
            foreach (var p in s.Programmes)
            {
                if (!_programmes.TryAdd(p.Id, (s, p)))
                {
                    throw new InvalidOperationException($"Two programmes are registered with id '{p.Id}'.");
                }
            }
        }
    }

    /// <summary>Every registered site.</summary>
    public IReadOnlyCollection<ISite> All => _sites.Values;

    /// <summary>The site with that id, or null.</summary>
    public ISite? Find(string id) => _sites.GetValueOrDefault(id);

    /// <summary>The site with that id.</summary>
    /// <exception cref="UnknownPluginException">No site has that id.</exception>
    public ISite Get(string id) => Find(id) ?? throw new UnknownPluginException("site", id, _sites.Keys);

    /// <summary>The programme with that id, or null.</summary>
    public ProgrammeDefinition? FindProgramme(string id) => _programmes.TryGetValue(id, out var p) ? p.Programme : null;

    /// <summary>The programme with that id.</summary>
    /// <exception cref="UnknownPluginException">No site offers a programme with that id.</exception>
    public ProgrammeDefinition GetProgramme(string id) => FindProgramme(id) ?? throw new UnknownPluginException("programme", id, _programmes.Keys);

    /// <summary>The site that offers the programme.</summary>
    public ISite SiteOf(string programmeId) =>
        _programmes.TryGetValue(programmeId, out var p) ? p.Site : throw new UnknownPluginException("programme", programmeId, _programmes.Keys);
}
