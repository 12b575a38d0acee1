namespace Insertion.Contracts;

/// <summary>
/// The CDDI daily sweep (SCENARIOS.md, "Time"): trials whose end is before today become Active,
/// contracts whose term is before today become Ended (Term). Idempotent. Reads only the contracts
/// due on the day (<see cref="ContractsDueForSweepSpec"/>, one indexed date) and saves those that changed.
/// </summary>
internal sealed class CddiDailySweep(IRepository<CddiContract> contracts) : IDailySweep
{
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var due = await contracts.ListAsync(new ContractsDueForSweepSpec(today), cancellationToken).ConfigureAwait(false);
        var changed = new List<CddiContract>();
        CddiSweep.Run(due, today, changed.Add);
        foreach (var c in changed)
        {
            await contracts.UpdateAsync(c, cancellationToken).ConfigureAwait(false);
        }
    }
}
