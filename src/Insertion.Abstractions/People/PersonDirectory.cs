using System.Collections.Concurrent;
using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>The default, in-memory <see cref="IPersonDirectory"/>.</summary>
public sealed class PersonDirectory : IPersonDirectory
{
    private readonly ConcurrentDictionary<PersonId, PersonProfile> _people = new();

    /// <inheritdoc />
    public PersonProfile? Find(PersonId id) => _people.GetValueOrDefault(id);

    /// <inheritdoc />
    public void Register(PersonProfile profile) => _people[Guard.Against.Null(profile).Id] = profile;
}
