using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>One planned SOA session of a TIG pédagogique programme.</summary>
/// <param name="Id">Stable id of the session.</param>
/// <param name="Programme">The SOA programme (a site plugin's <see cref="SoaProgrammeDefinition"/>).</param>
/// <param name="Kind">What the session is about.</param>
/// <param name="On">The day.</param>
/// <param name="Duration">Pedagogical hours it counts for each attendee.</param>
/// <param name="Capacity">TIGistes it takes.</param>
public sealed record SoaSession(string Id, string Programme, SoaSessionKind Kind, DateOnly On, WorkMinutes Duration, int Capacity);
