using Insertion.Abstractions;

namespace Insertion.Scenarios;

/// <summary>
/// A person of a scenario file. The profile goes to the person directory; the sensitive flags
/// stay in the scenario layer and are passed by the verbs to the module that owns each fact.
/// </summary>
/// <param name="Profile">Id, birth date and sex.</param>
/// <param name="Rqth">Recognised disabled worker (health data: Contracts only).</param>
/// <param name="UnderJustice">Benefits from a sentence adjustment / is under justice (justice data).</param>
public sealed record ScenarioPerson(PersonProfile Profile, bool Rqth, bool UnderJustice)
{
    /// <summary>The person's id.</summary>
    public PersonId Id => Profile.Id;
}
