namespace Insertion.Abstractions;

/// <summary>Finds registered workshop plugins by id.</summary>
public sealed class WorkshopRegistry
{
    private readonly Dictionary<string, IWorkshop> _byId;

    /// <summary>Indexes the registered workshops; two with one id is a configuration error.</summary>
    public WorkshopRegistry(IEnumerable<IWorkshop> workshops)
    {
        _byId = new Dictionary<string, IWorkshop>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in workshops)
        {
            if (!_byId.TryAdd(w.Id, w))
            {
                throw new InvalidOperationException($"Two workshops are registered with id '{w.Id}'.");
            }
        }
    }

    /// <summary>Every registered workshop.</summary>
    public IReadOnlyCollection<IWorkshop> All => _byId.Values;

    /// <summary>The workshop with that id, or null.</summary>
    public IWorkshop? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The workshop with that id.</summary>
    /// <exception cref="UnknownPluginException">No workshop has that id.</exception>
    public IWorkshop Get(string id) => Find(id) ?? throw new UnknownPluginException("workshop", id, _byId.Keys);
}
