namespace Insertion.Cohorts;

/// <summary>
/// Options of the Cohorts module. Justice data (whether a person is under justice) is taken at
/// enrolment and kept inside the module; it comes out only as counts, unless the HOST grants itself
/// access for a named purpose here (never a plugin: plugins receive programme definitions and plans,
/// which carry no justice data). Each disclosure is recorded in <see cref="JusticeDisclosures"/>.
/// </summary>
public sealed class CohortsOptions
{
    private readonly HashSet<string> _grants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<JusticeDisclosure> _disclosures = [];

    /// <summary>Grants access to the list of people under justice for one purpose (e.g. "SPIP attendance report").</summary>
    public CohortsOptions GrantJusticeData(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        _grants.Add(purpose);
        return this;
    }

    /// <summary>The purposes granted.</summary>
    public IReadOnlyCollection<string> JusticeDataGrants => _grants;

    /// <summary>Every disclosure made under a grant (purpose, cohort, how many people; never who).</summary>
    public IReadOnlyList<JusticeDisclosure> JusticeDisclosures
    {
        get
        {
            lock (_gate)
            {
                return _disclosures.ToList();
            }
        }
    }

    internal bool IsGranted(string purpose) => _grants.Contains(purpose);

    internal void Record(JusticeDisclosure d)
    {
        lock (_gate)
        {
            _disclosures.Add(d);
        }
    }
}

/// <summary>A disclosure of justice data under a grant.</summary>
/// <param name="Purpose">The purpose granted.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="People">How many people were disclosed.</param>
public sealed record JusticeDisclosure(string Purpose, Insertion.Abstractions.CohortId Cohort, int People);

/// <summary>Justice data was asked for a purpose the host has not granted.</summary>
public sealed class JusticeDataNotGrantedException : UnauthorizedAccessException
{
    /// <summary>Creates the error for the purpose.</summary>
    public JusticeDataNotGrantedException(string purpose)
        : base($"Justice data is not granted for the purpose '{purpose}'. The host grants it with AddCohorts(o => o.GrantJusticeData(\"{purpose}\")).") =>
        Purpose = purpose;

    /// <summary>The purpose asked.</summary>
    public string Purpose { get; }
}
