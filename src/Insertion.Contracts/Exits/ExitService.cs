using Ardalis.GuardClauses;

namespace Insertion.Contracts;

/// <summary>
/// Records where the person went when a CDDI ended (one exit per contract, DOMAIN.md §2, "Exits"),
/// with the contract's own workshop and last day, and reports exit rates per workshop and year.
/// Refused with <c>EXIT-CONTRACT-NOT-ENDED</c> for a contract not Ended; the same situation again
/// changes nothing (<see cref="RecordOutcome.AlreadyRecorded"/>); another situation for a contract
/// that has one is refused with <c>EXIT-ALREADY-RECORDED</c>. Scoped and stateless.
/// </summary>
public sealed class ExitService(IRepository<ContractExit> exits, IRepository<CddiContract> contracts)
{
    /// <summary>The contract's exit, or null.</summary>
    public Task<ContractExit?> FindAsync(ContractId contract, CancellationToken cancellationToken = default) =>
        exits.GetByIdAsync(contract.Value, cancellationToken);

    /// <summary>Query twin of <see cref="RecordAsync"/>.</summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordAsync(ContractId contract, ExitSituation situation, CancellationToken cancellationToken = default)
    {
        Guard.Against.EnumOutOfRange(situation);
        var c = await GetContractAsync(contract, cancellationToken).ConfigureAwait(false);
        return Check(c, situation, await FindAsync(contract, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Records the exit of an Ended contract; its workshop and last day are the contract's.</summary>
    /// <exception cref="NotFoundException">Unknown contract.</exception>
    /// <exception cref="RuleViolationException"><c>EXIT-CONTRACT-NOT-ENDED</c>, <c>EXIT-ALREADY-RECORDED</c>; nothing changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another command recorded the contract's exit meanwhile (retry: the same situation answers <see cref="RecordOutcome.AlreadyRecorded"/>).</exception>
    public async Task<RecordOutcome> RecordAsync(ContractId contract, ExitSituation situation, CancellationToken cancellationToken = default)
    {
        Guard.Against.EnumOutOfRange(situation);
        var c = await GetContractAsync(contract, cancellationToken).ConfigureAwait(false);
        var existing = await FindAsync(contract, cancellationToken).ConfigureAwait(false);
        RuleViolationException.ThrowIfAny(Check(c, situation, existing));
        if (existing is not null)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        await exits.AddAsync(new ContractExit(c.Id, c.Workshop, c.EndedOn!.Value, situation), cancellationToken).ConfigureAwait(false);
        return RecordOutcome.Recorded;
    }

    /// <summary>The exits of contracts whose last day is in <paramref name="year"/>.</summary>
    public async Task<IReadOnlyList<ContractExit>> ListInYearAsync(int year, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        return await exits.ListAsync(new ExitsInYearSpec(year), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The exit rates of a year (by the contract's last day), per workshop and for the structure.</summary>
    public async Task<ExitReport> ReportAsync(int year, CancellationToken cancellationToken = default) =>
        ExitReport.Of(year, await ListInYearAsync(year, cancellationToken).ConfigureAwait(false));

    private static List<RuleViolation> Check(CddiContract contract, ExitSituation situation, ContractExit? existing)
    {
        // Stryker disable once Logical : EndedOn is set exactly when the contract enters Ended (FailTrial, Terminate, Sweep), so either half alone decides
        if (contract.State != CddiState.Ended || contract.EndedOn is null)
        {
            return [RuleCodes.ExitContractNotEnded.Violation(
                $"Contract {contract.Id} is {contract.State}: an exit is recorded once it has ended",
                ("contract", contract.Id.Value), ("state", contract.State))];
        }
        if (existing is not null && existing.Situation != situation)
        {
            return [RuleCodes.ExitAlreadyRecorded.Violation(
                $"Contract {contract.Id} already has an exit ({existing.Situation} on {IsoDates.Format(existing.End)}, workshop {existing.Workshop})",
                ("contract", contract.Id.Value), ("situation", existing.Situation), ("end", existing.End))];
        }
        return [];
    }

    private async Task<CddiContract> GetContractAsync(ContractId id, CancellationToken cancellationToken) =>
        await contracts.GetByIdAsync(id.Value, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(id.Value, nameof(CddiContract));
}
