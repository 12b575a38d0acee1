using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// What a host does with PASS IAE, over <see cref="IRepository{T}"/>: issue, suspend, prolong, and
/// a query twin for every command. Scoped and stateless: every command loads the PASS, decides and
/// saves it; two concurrent commands on one PASS cannot both commit (the later one fails with
/// <see cref="ConcurrencyConflictException"/>), so suspensions never overlap and no change is lost.
/// Refusals are <see cref="RuleViolationException"/>s; nothing is saved then.
/// </summary>
public sealed class PassIaeService(IRepository<PassIae> passes, IPersonDirectory people, IUnitOfWork unitOfWork, ContractsParameterView parameters)
{
    private LegalParameters Parameters => parameters.Parameters;

    /// <summary>The PASS with that id.</summary>
    /// <exception cref="NotFoundException">Unknown id.</exception>
    public async Task<PassIae> GetAsync(PassId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(PassIae));

    /// <summary>The PASS with that id, or null.</summary>
    public Task<PassIae?> FindAsync(PassId id, CancellationToken cancellationToken = default) =>
        passes.GetByIdAsync(id.Value, cancellationToken);

    /// <summary>The person's PASS IAE, by start.</summary>
    public async Task<IReadOnlyList<PassIae>> ForPersonAsync(PersonId person, CancellationToken cancellationToken = default) =>
        await passes.ListAsync(new PassesOfPersonSpec(person), cancellationToken).ConfigureAwait(false);

    /// <summary>Query twin of <see cref="IssueAsync"/>: issuing has no rule of the library (the issuing service's "one PASS at a time" is its own).</summary>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public Task<IReadOnlyList<RuleViolation>> CanIssueAsync(PassId id, PersonId person, DateOnly start, DateOnly? end = null, CancellationToken cancellationToken = default)
    {
        PassIae.Issue(id, person, start, end, Parameters);
        return Task.FromResult<IReadOnlyList<RuleViolation>>([]);
    }

    /// <summary>
    /// Records an issued PASS (end start + 729 days by default, or the issued end imported as it is).
    /// The issuing service's "one PASS at a time" is its own rule and not checked here.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A PASS with that id exists.</exception>
    public Task<PassIae> IssueAsync(PassId id, PersonId person, DateOnly start, DateOnly? end = null, CancellationToken cancellationToken = default)
    {
        var pass = PassIae.Issue(id, person, start, end, Parameters);
        return passes.AddAsync(pass, cancellationToken);
    }

    /// <summary>Query twin of <see cref="SuspendAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanSuspendAsync(PassId id, DateOnly from, DateOnly to, PassSuspensionReason reason, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false)).CanSuspend(from, to, reason, Parameters);

    /// <summary>Suspends a PASS (see <see cref="PassIae.Suspend"/>).</summary>
    /// <exception cref="RuleViolationException">PASS-SUSPENSION-INVALID; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The PASS was saved by another command meanwhile; nothing is saved.</exception>
    public Task<PassSuspension> SuspendAsync(PassId id, DateOnly from, DateOnly to, PassSuspensionReason reason, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var pass = await GetAsync(id, ct).ConfigureAwait(false);
            var suspension = pass.Suspend(from, to, reason, Parameters);
            await passes.UpdateAsync(pass, ct).ConfigureAwait(false);
            return suspension;
        }, cancellationToken);

    /// <summary>Query twin of <see cref="ProlongAsync"/>.</summary>
    /// <param name="id">The PASS.</param>
    /// <param name="newEnd">The requested end.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="rqth">Whether the holder is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<IReadOnlyList<RuleViolation>> CanProlongAsync(PassId id, DateOnly newEnd, PassProlongationReason reason, bool rqth, CancellationToken cancellationToken = default)
    {
        var pass = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        var holder = await people.GetAsync(pass.Person, cancellationToken).ConfigureAwait(false);
        return pass.CanProlong(newEnd, reason, holder, rqth, Parameters);
    }

    /// <summary>Prolongs a PASS (see <see cref="PassIae.Prolong"/>).</summary>
    /// <param name="id">The PASS.</param>
    /// <param name="newEnd">The requested end (see <see cref="PassIae.EndAfterMonths"/> for months).</param>
    /// <param name="reason">The reason.</param>
    /// <param name="rqth">Whether the holder is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="RuleViolationException">PASS-PROLONGATION-CONDITION, PASS-PROLONGATION-LIMIT; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The PASS was saved by another command meanwhile; nothing is saved.</exception>
    public Task<PassProlongation> ProlongAsync(PassId id, DateOnly newEnd, PassProlongationReason reason, bool rqth, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var pass = await GetAsync(id, ct).ConfigureAwait(false);
            var holder = await people.GetAsync(pass.Person, ct).ConfigureAwait(false);
            var prolongation = pass.Prolong(newEnd, reason, holder, rqth, Parameters);
            await passes.UpdateAsync(pass, ct).ConfigureAwait(false);
            return prolongation;
        }, cancellationToken);
}
