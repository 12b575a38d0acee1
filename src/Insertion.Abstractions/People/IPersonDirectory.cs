namespace Insertion.Abstractions;

/// <summary>Where modules look up a person's profile. The host provides it; an in-memory one is the default.</summary>
public interface IPersonDirectory
{
    /// <summary>The profile, or null when the person is unknown.</summary>
    PersonProfile? Find(PersonId id);

    /// <summary>Adds or replaces a profile.</summary>
    void Register(PersonProfile profile);
}
