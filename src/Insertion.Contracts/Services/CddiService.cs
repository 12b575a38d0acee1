using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// What a host does with CDDI, over <see cref="IRepository{T}"/>: hire (with the person's PASS IAE
/// and other contracts), trial, renewals, suspensions, early ends, weekly hours, and a query twin
/// (<c>CanXAsync</c>) for every command. Scoped and stateless: every command runs in one
/// <see cref="IUnitOfWork"/> (load, decide, save). The one-CDDI-at-a-time rule (C. trav.
/// L5132-15-1) spans the person's contracts: a hire and a renewal first
/// <see cref="IPersonDirectory.ClaimAsync">claim</see> the person, so two concurrent commands for
/// one person cannot both commit (the later one fails with
/// <see cref="ConcurrencyConflictException"/>; retry it with
/// <see cref="ConcurrencyConflictException.RetryAsync{T}"/> to get the rule's answer).
/// </summary>
public sealed class CddiService(
    IRepository<CddiContract> contracts,
    IRepository<PassIae> passes,
    IPersonDirectory people,
    IUnitOfWork unitOfWork,
    WorkshopRegistry workshops,
    ContractsParameterView parameters)
{
    private LegalParameters Parameters => parameters.Parameters;

    /// <summary>The contract with that id.</summary>
    /// <exception cref="NotFoundException">Unknown id.</exception>
    public async Task<CddiContract> GetAsync(ContractId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(CddiContract));

    /// <summary>The contract with that id, or null.</summary>
    public Task<CddiContract?> FindAsync(ContractId id, CancellationToken cancellationToken = default) =>
        contracts.GetByIdAsync(id.Value, cancellationToken);

    /// <summary>The person's contracts.</summary>
    public async Task<IReadOnlyList<CddiContract>> ListOfPersonAsync(PersonId person, CancellationToken cancellationToken = default) =>
        await contracts.ListAsync(new ContractsOfPersonSpec(person), cancellationToken).ConfigureAwait(false);

    /// <summary>Query twin of <see cref="HireAsync"/>.</summary>
    /// <exception cref="UnknownPluginException">The workshop is not registered (the message names the registered ones).</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanHireAsync(CddiHireRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        workshops.Get(request.Workshop.Value);
        var personPasses = await passes.ListAsync(new PassesOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
        var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
        return CddiContract.CanHire(request, personPasses, personContracts, Parameters);
    }

    /// <summary>
    /// Hires on a CDDI (see <see cref="CddiContract.Hire"/>): claims the person, checks the rules
    /// against the person's PASS IAE and contracts, and saves the contract and the PASS it used
    /// (a hire during a PASS suspension cuts it) together.
    /// </summary>
    /// <exception cref="UnknownPluginException">The workshop is not registered (the message names the registered ones).</exception>
    /// <exception cref="NotFoundException">The person is unknown.</exception>
    /// <exception cref="InvalidOperationException">A contract with that id exists.</exception>
    /// <exception cref="RuleViolationException">A rule refuses the hire; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">Another command for the person committed first; nothing is saved.</exception>
    public Task<CddiContract> HireAsync(CddiHireRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        workshops.Get(request.Workshop.Value);
        return unitOfWork.ExecuteAsync(async ct =>
        {
            await people.ClaimAsync(request.Person, ct).ConfigureAwait(false);
            if (await contracts.GetByIdAsync(request.Contract.Value, ct).ConfigureAwait(false) is not null)
            {
                throw new InvalidOperationException($"A contract with id '{request.Contract}' already exists.");
            }
            var personPasses = await passes.ListAsync(new PassesOfPersonSpec(request.Person), ct).ConfigureAwait(false);
            var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(request.Person), ct).ConfigureAwait(false);
            var contract = CddiContract.Hire(request, personPasses, personContracts, Parameters);
            var pass = personPasses.First(p => p.Id == contract.Pass);
            await passes.UpdateAsync(pass, ct).ConfigureAwait(false);
            await contracts.AddAsync(contract, ct).ConfigureAwait(false);
            return contract;
        }, cancellationToken);
    }

    /// <summary>Query twin of <see cref="RenewAsync"/>.</summary>
    /// <param name="id">The contract.</param>
    /// <param name="renewal">The request.</param>
    /// <param name="rqth">Whether the employee is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="NotFoundException">Unknown contract or person.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRenewAsync(ContractId id, CddiRenewal renewal, bool rqth, CancellationToken cancellationToken = default)
    {
        var contract = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        var person = await people.GetAsync(contract.Person, cancellationToken).ConfigureAwait(false);
        var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(contract.Person), cancellationToken).ConfigureAwait(false);
        return contract.CanRenew(renewal, person, rqth, personContracts, Parameters);
    }

    /// <summary>
    /// Renews a contract (see <see cref="CddiContract.Renew"/>): claims the person (the renewal's
    /// added days are checked against the person's other CDDI), then saves.
    /// </summary>
    /// <param name="id">The contract.</param>
    /// <param name="renewal">The request.</param>
    /// <param name="rqth">Whether the employee is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="NotFoundException">Unknown contract or person.</exception>
    /// <exception cref="RuleViolationException">CDDI-INVALID-TRANSITION, CDDI-MAX-DURATION, CDDI-OVERLAP; nothing is saved.</exception>
    /// <exception cref="ConcurrencyConflictException">Another command for the person or the contract committed first; nothing is saved.</exception>
    public Task<CddiContract> RenewAsync(ContractId id, CddiRenewal renewal, bool rqth, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(renewal);
        return unitOfWork.ExecuteAsync(async ct =>
        {
            var contract = await GetAsync(id, ct).ConfigureAwait(false);
            var person = await people.ClaimAsync(contract.Person, ct).ConfigureAwait(false);
            var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(contract.Person), ct).ConfigureAwait(false);
            contract.Renew(renewal, person, rqth, personContracts, Parameters);
            await contracts.UpdateAsync(contract, ct).ConfigureAwait(false);
            return contract;
        }, cancellationToken);
    }

    /// <summary>Query twin of <see cref="ConfirmTrialAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanConfirmTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanConfirmTrial(on), cancellationToken);

    /// <summary>Confirms the trial (see <see cref="CddiContract.ConfirmTrial"/>).</summary>
    public Task<CddiContract> ConfirmTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.ConfirmTrial(on), cancellationToken);

    /// <summary>Query twin of <see cref="FailTrialAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanFailTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanFailTrial(on), cancellationToken);

    /// <summary>Breaks the trial (see <see cref="CddiContract.FailTrial"/>).</summary>
    public Task<CddiContract> FailTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.FailTrial(on), cancellationToken);

    /// <summary>Query twin of <see cref="SuspendAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanSuspendAsync(ContractId id, DateOnly on, CddiSuspensionReason reason, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanSuspend(on, reason), cancellationToken);

    /// <summary>Suspends (see <see cref="CddiContract.Suspend"/>).</summary>
    public Task<CddiContract> SuspendAsync(ContractId id, DateOnly on, CddiSuspensionReason reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Suspend(on, reason), cancellationToken);

    /// <summary>Query twin of <see cref="ResumeAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanResumeAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanResume(on), cancellationToken);

    /// <summary>Resumes (see <see cref="CddiContract.Resume"/>).</summary>
    public Task<CddiContract> ResumeAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Resume(on), cancellationToken);

    /// <summary>Query twin of <see cref="TerminateAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanTerminateAsync(ContractId id, DateOnly on, CddiTerminationReason reason, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanTerminate(on, reason), cancellationToken);

    /// <summary>Ends early (see <see cref="CddiContract.Terminate"/>).</summary>
    public Task<CddiContract> TerminateAsync(ContractId id, DateOnly on, CddiTerminationReason reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Terminate(on, reason), cancellationToken);

    /// <summary>Query twin of <see cref="ChangeWeeklyHoursAsync"/>.</summary>
    public Task<IReadOnlyList<RuleViolation>> CanChangeWeeklyHoursAsync(ContractId id, DateOnly from, WorkMinutes hours, CancellationToken cancellationToken = default) =>
        CheckAsync(id, c => c.CanChangeWeeklyHours(from, hours, Parameters), cancellationToken);

    /// <summary>Changes the weekly hours from a day (see <see cref="CddiContract.ChangeWeeklyHours"/>).</summary>
    public Task<CddiContract> ChangeWeeklyHoursAsync(ContractId id, DateOnly from, WorkMinutes hours, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.ChangeWeeklyHours(from, hours, Parameters), cancellationToken);

    /// <summary>The contracts whose PASS IAE used at hire ends before the contract's term.</summary>
    public async Task<IReadOnlyList<CddiContract>> ContractsOutlastingPassAsync(CancellationToken cancellationToken = default)
    {
        // The store selects the contracts not ended, then their PASS (SQL in a database: no table is read
        // whole); the comparison with the PASS ends, which a contract specification cannot read, is made
        // here, in ContractsOutlastingPassSpec's order.
        var open = await contracts.ListAsync(new ContractsNotEndedSpec(), cancellationToken).ConfigureAwait(false);
        var used = await passes.ListAsync(new PassesByIdSpec(open.Select(c => c.Pass)), cancellationToken).ConfigureAwait(false);
        var ends = used.ToDictionary(p => p.Key, p => p.End, StringComparer.Ordinal);
        return new ContractsOutlastingPassSpec(ends).Evaluate(open).ToList();
    }

    private async Task<IReadOnlyList<RuleViolation>> CheckAsync(ContractId id, Func<CddiContract, IReadOnlyList<RuleViolation>> check, CancellationToken cancellationToken) =>
        check(await GetAsync(id, cancellationToken).ConfigureAwait(false));

    private Task<CddiContract> ApplyAsync(ContractId id, Action<CddiContract> command, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var contract = await GetAsync(id, ct).ConfigureAwait(false);
            command(contract);
            await contracts.UpdateAsync(contract, ct).ConfigureAwait(false);
            return contract;
        }, cancellationToken);
}
