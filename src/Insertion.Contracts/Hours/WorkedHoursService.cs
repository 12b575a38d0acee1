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
    ContractsParameterView parameters,
    IPaidHoursTotals totals)
{
    /// <summary>The contract's ledger, or null when it has no entry yet.</summary>
    public Task<ContractHoursLedger?> FindAsync(ContractId contract, CancellationToken cancellationToken = default) =>
        ledgers.GetByIdAsync(contract.Value, cancellationToken);

    /// <summary>The paid hours of the contract's ledger, all days (zero before its first entry).</summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    public async Task<WorkMinutes> PaidHoursAsync(ContractId contract, CancellationToken cancellationToken = default)
    {
        await GetContractAsync(contract, cancellationToken).ConfigureAwait(false);
        return (await LoadAsync(contract, LedgerSlice.None, cancellationToken).ConfigureAwait(false))?.Total ?? WorkMinutes.Zero;
    }

    /// <summary>The paid hours of every contract on days of <paramref name="year"/>: a sum where the entries are (<see cref="IPaidHoursTotals"/>), no ledger loaded.</summary>
    public async Task<WorkMinutes> PaidHoursInYearAsync(int year, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        var days = await totals.ByDayAsync(new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), null, cancellationToken).ConfigureAwait(false);
        return new WorkMinutes(days.Sum(d => d.Minutes.Minutes));
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
        var ledger = await LoadAsync(line.Contract, LedgerSliceOfContractSpec.Of(line), cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(line.Contract);
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
            var existing = await LoadAsync(line.Contract, LedgerSliceOfContractSpec.Of(line), ct).ConfigureAwait(false);
            var ledger = existing ?? new ContractHoursLedger(line.Contract);
            var outcome = ledger.Record(line, contract, DailyMaxOn(line.On));
            if (outcome == RecordOutcome.Recorded)
            {
                await SaveAsync(ledger, existing is null, ct).ConfigureAwait(false);
            }
            return outcome;
        }, cancellationToken);
    }

    /// <summary>
    /// Query twin of <see cref="RecordBatchAsync"/>: the violation of every line the batch would be
    /// refused for, in line order, each naming its line (value <c>line</c>, from 1, and the message's
    /// prefix). Each line is checked as <see cref="CanRecordAsync"/> checks one, against the ledger as
    /// the accepted lines before it leave it (a refused line adds nothing), so that a host fixes every
    /// line of a month's declaration at once. Empty when the whole batch would be accepted.
    /// </summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    /// <exception cref="ArgumentException">A line is for another contract, or the batch is empty or longer than <see cref="WorkedHoursBatch.MaxLines"/>.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordBatchAsync(WorkedHoursBatch batch, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(batch);
        batch.CheckArguments();
        var contract = await GetContractAsync(batch.Contract, cancellationToken).ConfigureAwait(false);
        // A copy of the batch's slice of the stored ledger, never saved: the accepted lines are appended to it so that the next lines see them.
        var slice = LedgerSliceOfContractSpec.Of(batch);
        var ledger = (await LoadAsync(batch.Contract, slice, cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(batch.Contract)).Scratch(slice);
        var violations = new List<RuleViolation>();
        for (var i = 0; i < batch.Lines.Count; i++)
        {
            var line = batch.Lines[i];
            var found = ledger.CanRecord(line, contract, DailyMaxOn(line.On));
            if (found.Count > 0)
            {
                violations.Add(WorkedHoursBatch.OfLine(found[0], i));
                continue;
            }
            ledger.Record(line, contract, DailyMaxOn(line.On));
        }
        return violations;
    }

    /// <summary>
    /// Records a contract's week or month of paid hours in one call and one unit of work: every line
    /// is checked in order as <see cref="RecordAsync"/> checks one, against the ledger as the lines
    /// before it leave it. <b>All or nothing:</b> when any line is refused, the whole batch is refused
    /// and nothing is appended; the exception names the first refused line (value <c>line</c>, from 1)
    /// and its rule; <see cref="CanRecordBatchAsync"/> lists every refused line. A line already in the
    /// ledger with the same content is a replay (<see cref="RecordOutcome.AlreadyRecorded"/>), so the
    /// same batch sent twice appends once.
    /// </summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    /// <exception cref="ArgumentException">A line is for another contract, or the batch is empty or longer than <see cref="WorkedHoursBatch.MaxLines"/>.</exception>
    /// <exception cref="RuleViolationException">The first refused line's <c>HOURS-KEY-CONFLICT</c>, <c>HOURS-ENTRY-INVALID</c>, <c>HOURS-OUTSIDE-CONTRACT</c> or <c>HOURS-DAILY-MAX</c>; nothing changes.</exception>
    /// <exception cref="ConcurrencyConflictException">The ledger was saved by another command meanwhile; nothing changes.</exception>
    public Task<WorkedHoursBatchResult> RecordBatchAsync(WorkedHoursBatch batch, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(batch);
        batch.CheckArguments();
        return unitOfWork.ExecuteAsync(async ct =>
        {
            var contract = await GetContractAsync(batch.Contract, ct).ConfigureAwait(false);
            var slice = LedgerSliceOfContractSpec.Of(batch);
            var existing = await LoadAsync(batch.Contract, slice, ct).ConfigureAwait(false);
            var ledger = existing ?? new ContractHoursLedger(batch.Contract);
            var outcomes = new RecordOutcome[batch.Lines.Count];
            for (var i = 0; i < batch.Lines.Count; i++)
            {
                var line = batch.Lines[i];
                var found = ledger.CanRecord(line, contract, DailyMaxOn(line.On));
                if (found.Count > 0)
                {
                    // The loaded copy is dropped: nothing of the batch is saved (the entries it shares with
                    // the stored ledger are read by each copy up to its own count only).
                    throw new RuleViolationException(WorkedHoursBatch.OfLine(found[0], i));
                }
                outcomes[i] = ledger.Record(line, contract, DailyMaxOn(line.On));
            }
            if (Array.IndexOf(outcomes, RecordOutcome.Recorded) >= 0)
            {
                await SaveAsync(ledger, existing is null, ct).ConfigureAwait(false);
            }
            return new WorkedHoursBatchResult(outcomes);
        }, cancellationToken);
    }

    /// <summary>Query twin of <see cref="ReverseAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanReverseAsync(HoursReversal reversal, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(reversal);
        var ledger = await LoadAsync(reversal.Contract, LedgerSliceOfContractSpec.Of(reversal), cancellationToken).ConfigureAwait(false) ?? new ContractHoursLedger(reversal.Contract);
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
            var existing = await LoadAsync(reversal.Contract, LedgerSliceOfContractSpec.Of(reversal), ct).ConfigureAwait(false);
            var ledger = existing ?? new ContractHoursLedger(reversal.Contract);
            var outcome = ledger.Reverse(reversal);
            if (outcome == RecordOutcome.Recorded)
            {
                await SaveAsync(ledger, existing is null, ct).ConfigureAwait(false);
            }
            return outcome;
        }, cancellationToken);
    }

    // The ledger with the entries a command's rules read (a database loads only those; the in-memory store, all).
    private Task<ContractHoursLedger?> LoadAsync(ContractId contract, LedgerSlice slice, CancellationToken cancellationToken) =>
        ledgers.FirstOrDefaultAsync(new LedgerSliceOfContractSpec(contract, slice), cancellationToken);

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
