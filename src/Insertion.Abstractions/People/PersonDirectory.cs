using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>The default <see cref="IPersonDirectory"/>, over the host's <see cref="IRepository{T}"/> of profiles.</summary>
public sealed class PersonDirectory(IRepository<PersonProfile> profiles) : IPersonDirectory
{
    /// <inheritdoc />
    public Task<PersonProfile?> FindAsync(PersonId id, CancellationToken cancellationToken = default) =>
        profiles.GetByIdAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public async Task<PersonProfile> GetAsync(PersonId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(PersonProfile));

    /// <inheritdoc />
    public async Task RegisterAsync(PersonProfile profile, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(profile);
        var stored = await FindAsync(profile.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await profiles.AddAsync(profile, cancellationToken).ConfigureAwait(false);
            return;
        }
        profile.Version = stored.Version;
        await profiles.UpdateAsync(profile, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<PersonProfile> ClaimAsync(PersonId id, CancellationToken cancellationToken = default)
    {
        var profile = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        await profiles.UpdateAsync(profile, cancellationToken).ConfigureAwait(false);
        return profile;
    }
}
