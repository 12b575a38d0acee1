using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// Paid work a host declares for a person and an ISO week, outside the library's contracts (the
/// scenario verb <c>paidWork</c>). One of the <see cref="IPaidWorkSource"/>s the TIG weekly cap sums
/// (Code pénitentiaire R. 623-16); declarations for the same person and week add up (several jobs).
/// Stored as <see cref="DeclaredPaidWeek"/> aggregates; scoped and stateless. A declaration claims
/// the person (when known), so that it and a concurrent TIG log cannot both pass the weekly cap.
/// </summary>
public sealed class DeclaredPaidWork(IRepository<DeclaredPaidWeek> weeks, IUnitOfWork unitOfWork, IPersonDirectory people) : IPaidWorkSource
{
    /// <summary>The violations declaring paid work would meet: none (paid work is a fact the host reports).</summary>
    public Task<IReadOnlyList<RuleViolation>> CanDeclareAsync(PersonId person, IsoWeek week, WorkMinutes hours, CancellationToken cancellationToken = default)
    {
        Guard.Against.Negative(hours.Minutes, nameof(hours));
        return Task.FromResult<IReadOnlyList<RuleViolation>>([]);
    }

    /// <summary>Adds <paramref name="hours"/> of paid work of <paramref name="person"/> in <paramref name="week"/>.</summary>
    /// <exception cref="ConcurrencyConflictException">Another command for the same person committed meanwhile: run it again.</exception>
    public Task DeclareAsync(PersonId person, IsoWeek week, WorkMinutes hours, CancellationToken cancellationToken = default)
    {
        Guard.Against.Negative(hours.Minutes, nameof(hours));
        return unitOfWork.ExecuteAsync(async ct =>
        {
            if (await people.FindAsync(person, ct).ConfigureAwait(false) is not null)
            {
                await people.ClaimAsync(person, ct).ConfigureAwait(false);
            }
            var stored = await weeks.GetByIdAsync(DeclaredPaidWeek.KeyOf(person, week.Monday), ct).ConfigureAwait(false);
            if (stored is null)
            {
                var added = new DeclaredPaidWeek(person, week.Monday);
                added.Add(hours);
                await weeks.AddAsync(added, ct).ConfigureAwait(false);
            }
            else
            {
                stored.Add(hours);
                await weeks.UpdateAsync(stored, ct).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId person, DateOnly on, CancellationToken cancellationToken = default) =>
        (await weeks.GetByIdAsync(DeclaredPaidWeek.KeyOf(person, Weeks.MondayOf(on)), cancellationToken).ConfigureAwait(false))?.Minutes ?? WorkMinutes.Zero;
}
