namespace Insertion.Sentencing;

/// <summary>Kinds of incident the host structure reports to the SPIP.</summary>
public enum TigIncidentKind
{
    /// <summary>The TIGiste did not come (e.g. to an SOA session).</summary>
    Absence,
    /// <summary>The TIGiste refused the work.</summary>
    Refusal,
    /// <summary>Anything else worth reporting.</summary>
    Other,
}

/// <summary>
/// An incident during a measure. <see cref="Note"/> is free text for the SPIP: it must carry no
/// health data (DOMAIN.md §5); the attestation never prints it.
/// </summary>
/// <param name="Key">Idempotency key: the same key twice is recorded once.</param>
/// <param name="On">The day.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Note">Short factual note, or null.</param>
/// <param name="Author">Who recorded it (an opaque id).</param>
public sealed record TigIncident(string Key, DateOnly On, TigIncidentKind Kind, string? Note, string Author);
