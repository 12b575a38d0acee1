using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// What a host does with CDDI, over <see cref="IRepository{T}"/>: hire (with the person's PASS IAE
/// and other contracts), trial, renewals, suspensions, early ends, weekly hours, and the query
/// twins. Hires are serialised by the service so that two concurrent hires of one person cannot
/// both pass the overlap check; other commands act on one aggregate each.
/// </summary>
public sealed class CddiService(
    IRepository<CddiContract> contracts,
    IRepository<PassIae> passes,
    IPersonDirectory people,
    LegalParameters parameters) : IDisposable
{
    private readonly SemaphoreSlim _hireGate = new(1, 1);

    /// <summary>The contract with that id.</summary>
    /// <exception cref="NotFoundException">Unknown id.</exception>
    public async Task<CddiContract> GetAsync(ContractId id, CancellationToken cancellationToken = default) =>
        await contracts.GetByIdAsync(id.Value, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(CddiContract));

    /// <summary>Query twin of <see cref="HireAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanHireAsync(CddiHireRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        var personPasses = await passes.ListAsync(new PassesOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
        var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
        return CddiContract.CanHire(request, personPasses, personContracts, parameters);
    }

    /// <summary>Hires on a CDDI (see <see cref="CddiContract.Hire"/>); saves the contract and the PASS it used.</summary>
    /// <exception cref="InvalidOperationException">A contract with that id exists.</exception>
    public async Task<CddiContract> HireAsync(CddiHireRequest request, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(request);
        await _hireGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await contracts.GetByIdAsync(request.Contract.Value, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new InvalidOperationException($"A contract with id '{request.Contract}' already exists.");
            }
            var personPasses = await passes.ListAsync(new PassesOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
            var personContracts = await contracts.ListAsync(new ContractsOfPersonSpec(request.Person), cancellationToken).ConfigureAwait(false);
            var contract = CddiContract.Hire(request, personPasses, personContracts, parameters);
            var pass = personPasses.First(p => p.Id == contract.Pass);
            await passes.UpdateAsync(pass, cancellationToken).ConfigureAwait(false);
            await contracts.AddAsync(contract, cancellationToken).ConfigureAwait(false);
            return contract;
        }
        finally
        {
            _hireGate.Release();
        }
    }

    /// <summary>Query twin of <see cref="RenewAsync"/>.</summary>
    /// <param name="id">The contract.</param>
    /// <param name="renewal">The request.</param>
    /// <param name="rqth">Whether the employee is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<IReadOnlyList<RuleViolation>> CanRenewAsync(ContractId id, CddiRenewal renewal, bool rqth, CancellationToken cancellationToken = default)
    {
        var contract = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return contract.CanRenew(renewal, Employee(contract), rqth, parameters);
    }

    /// <summary>Renews a contract (see <see cref="CddiContract.Renew"/>).</summary>
    /// <param name="id">The contract.</param>
    /// <param name="renewal">The request.</param>
    /// <param name="rqth">Whether the employee is a recognised disabled worker (health data: used for the check only).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public Task<CddiContract> RenewAsync(ContractId id, CddiRenewal renewal, bool rqth, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Renew(renewal, Employee(c), rqth, parameters), cancellationToken);

    /// <summary>Confirms the trial (see <see cref="CddiContract.ConfirmTrial"/>).</summary>
    public Task<CddiContract> ConfirmTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.ConfirmTrial(on), cancellationToken);

    /// <summary>Breaks the trial (see <see cref="CddiContract.FailTrial"/>).</summary>
    public Task<CddiContract> FailTrialAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.FailTrial(on), cancellationToken);

    /// <summary>Suspends (see <see cref="CddiContract.Suspend"/>).</summary>
    public Task<CddiContract> SuspendAsync(ContractId id, DateOnly on, CddiSuspensionReason reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Suspend(on, reason), cancellationToken);

    /// <summary>Resumes (see <see cref="CddiContract.Resume"/>).</summary>
    public Task<CddiContract> ResumeAsync(ContractId id, DateOnly on, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Resume(on), cancellationToken);

    /// <summary>Ends early (see <see cref="CddiContract.Terminate"/>).</summary>
    public Task<CddiContract> TerminateAsync(ContractId id, DateOnly on, CddiTerminationReason reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.Terminate(on, reason), cancellationToken);

    /// <summary>Changes the weekly hours from a day (see <see cref="CddiContract.ChangeWeeklyHours"/>).</summary>
    public Task<CddiContract> ChangeWeeklyHoursAsync(ContractId id, DateOnly from, WorkMinutes hours, CancellationToken cancellationToken = default) =>
        ApplyAsync(id, c => c.ChangeWeeklyHours(from, hours, parameters), cancellationToken);

    /// <summary>The persons (with their contract) whose PASS IAE used at hire ends before the contract's term.</summary>
    public async Task<IReadOnlyList<CddiContract>> ContractsOutlastingPassAsync(CancellationToken cancellationToken = default)
    {
        var ends = (await passes.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Key, p => p.End, StringComparer.Ordinal);
        return await contracts.ListAsync(new ContractsOutlastingPassSpec(ends), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _hireGate.Dispose();

    private async Task<CddiContract> ApplyAsync(ContractId id, Action<CddiContract> command, CancellationToken cancellationToken)
    {
        var contract = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        command(contract);
        await contracts.UpdateAsync(contract, cancellationToken).ConfigureAwait(false);
        return contract;
    }

    private PersonProfile Employee(CddiContract contract) =>
        people.FindAsync(contract.Person).GetAwaiter().GetResult() ?? throw new NotFoundException(contract.Person.Value, nameof(PersonProfile));
}
