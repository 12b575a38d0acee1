using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// The stored trace of one disclosure of justice data under a host's grant (DOMAIN.md §5): the purpose,
/// the cohort, how many people, the day. Never who: the record carries no personal data.
/// </summary>
public sealed class JusticeDisclosure : IAggregateRoot
{
    /// <summary>Creates the record of a disclosure.</summary>
    public JusticeDisclosure(string key, string purpose, CohortId cohort, int people, DateOnly disclosedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        Key = key;
        Purpose = purpose;
        Cohort = cohort;
        People = people;
        DisclosedOn = disclosedOn;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The purpose granted by the host.</summary>
    public string Purpose { get; }

    /// <summary>The cohort.</summary>
    public CohortId Cohort { get; }

    /// <summary>How many people were disclosed.</summary>
    public int People { get; }

    /// <summary>The day of the disclosure (the host's clock).</summary>
    public DateOnly DisclosedOn { get; }
}
