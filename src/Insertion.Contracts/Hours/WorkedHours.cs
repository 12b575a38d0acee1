using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// Records paid hours worked per contract in the contracts' append-only ledgers
/// (<see cref="ContractHoursLedger"/>, stored in <see cref="IRepository{T}"/>). A contract's ledger is
/// opened by its first entry.
/// </summary>
public sealed class WorkedHours
{
    private readonly IRepository<ContractHoursLedger> _ledgers;

    /// <summary>Creates the service.</summary>
    public WorkedHours(IRepository<ContractHoursLedger> ledgers) => _ledgers = Guard.Against.Null(ledgers);

    /// <summary>The contract's ledger, or null when it has no entry yet.</summary>
    public Task<ContractHoursLedger?> FindAsync(ContractId contract, CancellationToken cancellationToken = default) =>
        _ledgers.GetByIdAsync(contract.Value, cancellationToken);

    /// <summary>Query twin of <see cref="RecordAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordAsync(WorkedHoursLine line, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(line);
        var ledger = await FindAsync(line.Contract, cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(line.Contract);
        return ledger.CanRecord(line);
    }

    /// <summary>Appends paid hours to the contract's ledger (see <see cref="ContractHoursLedger.Record"/>).</summary>
    /// <exception cref="RuleViolationException"><c>HOURS-KEY-CONFLICT</c>, <c>HOURS-ENTRY-INVALID</c>; nothing changes.</exception>
    public async Task<RecordOutcome> RecordAsync(WorkedHoursLine line, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(line);
        var ledger = await FindAsync(line.Contract, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            // Validate before storing, so that a refused first entry leaves no empty ledger behind.
            RuleViolationException.ThrowIfAny(new ContractHoursLedger(line.Contract).CanRecord(line));
            ledger = await OpenAsync(line.Contract, cancellationToken).ConfigureAwait(false);
        }
        var outcome = ledger.Record(line);
        if (outcome == RecordOutcome.Recorded)
        {
            await _ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
        return outcome;
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
    public async Task<RecordOutcome> ReverseAsync(HoursReversal reversal, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reversal);
        var ledger = await FindAsync(reversal.Contract, cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(reversal.Contract);
        var outcome = ledger.Reverse(reversal);
        if (outcome == RecordOutcome.Recorded)
        {
            await _ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
        }
        return outcome;
    }

    private async Task<ContractHoursLedger> OpenAsync(ContractId contract, CancellationToken cancellationToken)
    {
        try
        {
            return await _ledgers.AddAsync(new ContractHoursLedger(contract), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Another caller opened it meanwhile (the in-memory store refuses a second key): use theirs.
            return await FindAsync(contract, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The ledger of contract {contract} could not be opened.");
        }
    }
}
