using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// What a host does with PASS IAE, over <see cref="IRepository{T}"/>: issue, suspend, prolong,
/// and the query twins. Refusals are <see cref="RuleViolationException"/>s; nothing is saved then.
/// </summary>
public sealed class PassIaeService(IRepository<PassIae> passes, IPersonDirectory people, LegalParameters parameters)
{
    /// <summary>The PASS with that id.</summary>
    /// <exception cref="NotFoundException">Unknown id.</exception>
    public async Task<PassIae> GetAsync(PassId id, CancellationToken cancellationToken = default) =>
        await passes.GetByIdAsync(id.Value, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(PassIae));

    /// <summary>The person's PASS IAE, by start.</summary>
    public async Task<IReadOnlyList<PassIae>> ForPersonAsync(PersonId person, CancellationToken cancellationToken = default) =>
        await passes.ListAsync(new PassesOfPersonSpec(person), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Records an issued PASS (end start + 729 days by default, or the issued end imported as it is).
    /// The issuing service's "one PASS at a time" is its own rule and not checked here.
    /// </summary>
    public async Task<PassIae> IssueAsync(PassId id, PersonId person, DateOnly start, DateOnly? end = null, CancellationToken cancellationToken = default)
    {
        var pass = PassIae.Issue(id, person, start, end, parameters);
        await passes.AddAsync(pass, cancellationToken).ConfigureAwait(false);
        return pass;
    }

    /// <summary>Query twin of <see cref="SuspendAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanSuspendAsync(PassId id, DateOnly from, DateOnly to, PassSuspensionReason reason, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false)).CanSuspend(from, to, reason, parameters);

    /// <summary>Suspends a PASS (see <see cref="PassIae.Suspend"/>).</summary>
    public async Task<PassSuspension> SuspendAsync(PassId id, DateOnly from, DateOnly to, PassSuspensionReason reason, CancellationToken cancellationToken = default)
    {
        var pass = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        var suspension = pass.Suspend(from, to, reason, parameters);
        await passes.UpdateAsync(pass, cancellationToken).ConfigureAwait(false);
        return suspension;
    }

    /// <summary>Query twin of <see cref="ProlongAsync"/>.</summary>
    /// <param name="id">The PASS.</param>
    /// <param name="newEnd">The requested end.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="rqth">Whether the holder is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<IReadOnlyList<RuleViolation>> CanProlongAsync(PassId id, DateOnly newEnd, PassProlongationReason reason, bool rqth, CancellationToken cancellationToken = default)
    {
        var pass = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return pass.CanProlong(newEnd, reason, Holder(pass), rqth, parameters);
    }

    /// <summary>Prolongs a PASS (see <see cref="PassIae.Prolong"/>).</summary>
    /// <param name="id">The PASS.</param>
    /// <param name="newEnd">The requested end (see <see cref="PassIae.EndAfterMonths"/> for months).</param>
    /// <param name="reason">The reason.</param>
    /// <param name="rqth">Whether the holder is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<PassProlongation> ProlongAsync(PassId id, DateOnly newEnd, PassProlongationReason reason, bool rqth, CancellationToken cancellationToken = default)
    {
        var pass = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        var prolongation = pass.Prolong(newEnd, reason, Holder(pass), rqth, parameters);
        await passes.UpdateAsync(pass, cancellationToken).ConfigureAwait(false);
        return prolongation;
    }

    private PersonProfile Holder(PassIae pass) =>
        people.FindAsync(pass.Person).GetAwaiter().GetResult() ?? throw new NotFoundException(pass.Person.Value, nameof(PersonProfile));
}
