namespace Insertion.Abstractions;

/// <summary>
/// Where modules find a person's profile, stored like an aggregate (<see cref="IRepository{T}"/> of
/// <see cref="PersonProfile"/>): a second process, or the same one after a restart, finds the same
/// people. Registered scoped. It is also the per-person consistency boundary of rules that span
/// several aggregates (one CDDI at a time, a person's TIG caps across measures, one cohort at a
/// time): a command <see cref="ClaimAsync">claims</see> the person inside its unit of work, so that
/// two commands for one person that run at once cannot both pass: the later save fails with
/// <see cref="ConcurrencyConflictException"/>.
/// </summary>
public interface IPersonDirectory
{
    /// <summary>The profile, or null when the person is unknown.</summary>
    Task<PersonProfile?> FindAsync(PersonId id, CancellationToken cancellationToken = default);

    /// <summary>The profile.</summary>
    /// <exception cref="Ardalis.GuardClauses.NotFoundException">The person is unknown.</exception>
    Task<PersonProfile> GetAsync(PersonId id, CancellationToken cancellationToken = default);

    /// <summary>Adds a profile, or replaces the one with the same id.</summary>
    Task RegisterAsync(PersonProfile profile, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the profile and saves it again with the current unit of work (its version moves on):
    /// call it first in a command whose rule reads several aggregates of the person, inside
    /// <see cref="IUnitOfWork.ExecuteAsync{T}"/>. A concurrent command that claimed the same person
    /// and saved first makes this one fail at commit with <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    /// <exception cref="Ardalis.GuardClauses.NotFoundException">The person is unknown.</exception>
    Task<PersonProfile> ClaimAsync(PersonId id, CancellationToken cancellationToken = default);
}
