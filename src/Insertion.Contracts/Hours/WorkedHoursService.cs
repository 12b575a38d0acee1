using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// Records the paid hours worked on each CDDI in the contract's append-only ledger
/// (<see cref="ContractHoursLedger"/>), the figures the aide au poste is paid on (C. trav. L5132-2,
/// DOMAIN.md §2). Each entry is checked against the contract's history and the daily maximum
/// (SCENARIOS.md, <c>workHours</c>). Scoped and stateless: a command loads the contract and its
/// ledger, decides and saves in one <see cref="IUnitOfWork"/>; a concurrent append to the same
/// ledger fails with <see cref="ConcurrencyConflictException"/> (retry it: a replay answers
/// <see cref="RecordOutcome.AlreadyRecorded"/>).
/// </summary>
public sealed class WorkedHoursService(
    IRepository<ContractHoursLedger> ledgers,
    IRepository<CddiContract> contracts,
    IUnitOfWork unitOfWork,
    ContractsParameterView parameters)
{
    /// <summary>The contract's ledger, or null when it has no entry yet.</summary>
    public Task<ContractHoursLedger?> FindAsync(ContractId contract, CancellationToken cancellationToken = default) =>
        ledgers.GetByIdAsync(contract.Value, cancellationToken);

    /// <summary>The paid hours of the contract's ledger, all days (zero before its first entry).</summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    public async Task<WorkMinutes> PaidHoursAsync(ContractId contract, CancellationToken cancellationToken = default)
    {
        await GetContractAsync(contract, cancellationToken).ConfigureAwait(false);
        return (await FindAsync(contract, cancellationToken).ConfigureAwait(false))?.Total ?? WorkMinutes.Zero;
    }

    /// <summary>The paid hours of every contract on days of <paramref name="year"/>.</summary>
    public async Task<WorkMinutes> PaidHoursInYearAsync(int year, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        var total = WorkMinutes.Zero;
        foreach (var ledger in await ledgers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            total += ledger.InYear(year);
        }
        return total;
    }

    /// <summary>The daily maximum of paid hours in force on <paramref name="on"/> (parameter <c>Hours.DailyMaxHours</c>, C. trav. L3121-18).</summary>
    public WorkMinutes DailyMaxOn(DateOnly on) =>
        WorkMinutes.FromHours(parameters.Parameters.ValueOn(ContractParameters.HoursDailyMaxHours, on));

    /// <summary>Query twin of <see cref="RecordAsync"/> (see <see cref="ContractHoursLedger.CanRecord(WorkedHoursLine, CddiContract, WorkMinutes)"/>).</summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordAsync(WorkedHoursLine line, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(line);
        var contract = await GetContractAsync(line.Contract, cancellationToken).ConfigureAwait(false);
        var ledger = await FindAsync(line.Contract, cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(line.Contract);
        return ledger.CanRecord(line, contract, DailyMaxOn(line.On));
    }

    /// <summary>
    /// Appends paid hours to the contract's ledger, in the order of checks of
    /// <see cref="ContractHoursLedger.CanRecord(WorkedHoursLine, CddiContract, WorkMinutes)"/>. The
    /// same key with the same content again changes nothing (<see cref="RecordOutcome.AlreadyRecorded"/>).
    /// </summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    /// <exception cref="RuleViolationException"><c>HOURS-KEY-CONFLICT</c>, <c>HOURS-ENTRY-INVALID</c>, <c>HOURS-OUTSIDE-CONTRACT</c>, <c>HOURS-DAILY-MAX</c>; nothing changes.</exception>
    /// <exception cref="ConcurrencyConflictException">The ledger was saved by another command meanwhile; nothing changes.</exception>
    public Task<RecordOutcome> RecordAsync(WorkedHoursLine line, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(line);
        return unitOfWork.ExecuteAsync(async ct =>
        {
            var contract = await GetContractAsync(line.Contract, ct).ConfigureAwait(false);
            var existing = await FindAsync(line.Contract, ct).ConfigureAwait(false);
            var ledger = existing ?? new ContractHoursLedger(line.Contract);
            var outcome = ledger.Record(line, contract, DailyMaxOn(line.On));
            if (outcome == RecordOutcome.Recorded)
            {
                await SaveAsync(ledger, existing is null, ct).ConfigureAwait(false);
            }
            return outcome;
        }, cancellationToken);
    }

    /// <summary>Query twin of <see cref="ReverseAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanReverseAsync(HoursReversal reversal, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reversal);
        var ledger = await FindAsync(reversal.Contract, cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(reversal.Contract);
        return ledger.CanReverse(reversal);
    }

    /// <summary>Appends a reversing entry (see <see cref="ContractHoursLedger.Reverse"/>).</summary>
    /// <exception cref="RuleViolationException"><c>HOURS-KEY-CONFLICT</c>, <c>HOURS-REVERSAL-UNKNOWN</c>, <c>HOURS-ALREADY-REVERSED</c>; nothing changes.</exception>
    /// <exception cref="ConcurrencyConflictException">The ledger was saved by another command meanwhile; nothing changes.</exception>
    public Task<RecordOutcome> ReverseAsync(HoursReversal reversal, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reversal);
        return unitOfWork.ExecuteAsync(async ct =>
        {
            var existing = await FindAsync(reversal.Contract, ct).ConfigureAwait(false);
            var ledger = existing ?? new ContractHoursLedger(reversal.Contract);
            var outcome = ledger.Reverse(reversal);
            if (outcome == RecordOutcome.Recorded)
            {
                await SaveAsync(ledger, existing is null, ct).ConfigureAwait(false);
            }
            return outcome;
        }, cancellationToken);
    }

    private async Task SaveAsync(ContractHoursLedger ledger, bool isNew, CancellationToken cancellationToken)
    {
        if (isNew)
        {
            await ledgers.AddAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CddiContract> GetContractAsync(ContractId id, CancellationToken cancellationToken) =>
        await contracts.GetByIdAsync(id.Value, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(CddiContract));
}
