using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// Records the exit of each ended contract (one per contract) and reports exit rates per workshop
/// and year (DOMAIN.md §2, "Exits"). Recording the same exit twice changes nothing; a different
/// exit for a contract that has one is refused (<c>EXIT-ALREADY-RECORDED</c>).
/// </summary>
public sealed class ContractExits
{
    private readonly IRepository<ContractExit> _exits;

    /// <summary>Creates the service.</summary>
    public ContractExits(IRepository<ContractExit> exits) => _exits = Guard.Against.Null(exits);

    /// <summary>The contract's exit, or null.</summary>
    public Task<ContractExit?> FindAsync(ContractId contract, CancellationToken cancellationToken = default) =>
        _exits.GetByIdAsync(contract.Value, cancellationToken);

    /// <summary>Query twin of <see cref="RecordAsync"/>.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CanRecordAsync(ContractExit exit, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(exit);
        return Check(exit, await FindAsync(exit.Contract, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Records the exit of an ended contract.</summary>
    /// <exception cref="RuleViolationException"><c>EXIT-ALREADY-RECORDED</c>; nothing changes.</exception>
    public async Task<RecordOutcome> RecordAsync(ContractExit exit, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(exit);
        var existing = await FindAsync(exit.Contract, cancellationToken).ConfigureAwait(false);
        RuleViolationException.ThrowIfAny(Check(exit, existing));
        if (existing is not null)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        try
        {
            await _exits.AddAsync(exit, cancellationToken).ConfigureAwait(false);
            return RecordOutcome.Recorded;
        }
        catch (InvalidOperationException)
        {
            // Recorded meanwhile by another caller: same rules as above.
            existing = await FindAsync(exit.Contract, cancellationToken).ConfigureAwait(false);
            RuleViolationException.ThrowIfAny(Check(exit, existing));
            return RecordOutcome.AlreadyRecorded;
        }
    }

    /// <summary>The exit rates of a year (by contract end date), per workshop and for the structure.</summary>
    public async Task<ExitReport> ReportAsync(int year, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        var exits = await _exits.ListAsync(new ExitsInYearSpec(year), cancellationToken).ConfigureAwait(false);
        return ExitReport.Of(year, exits);
    }

    private static List<RuleViolation> Check(ContractExit exit, ContractExit? existing) =>
        existing is null || existing with { Version = exit.Version } == exit
            ? []
            : [RuleCodes.ExitAlreadyRecorded.Violation(
                $"Contract {exit.Contract} already has an exit ({existing.Situation} on {IsoDates.Format(existing.End)}, workshop {existing.Workshop})",
                ("contract", exit.Contract.Value), ("situation", existing.Situation), ("end", existing.End))];
}
