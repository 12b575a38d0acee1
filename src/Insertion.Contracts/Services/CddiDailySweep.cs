namespace Insertion.Contracts;

/// <summary>
/// The CDDI daily sweep (SCENARIOS.md, "Time"): trials whose end is before today become Active,
/// contracts whose term is before today become Ended (Term). Idempotent. Reads the contracts not
/// ended from the repository and saves those that changed.
/// </summary>
internal sealed class CddiDailySweep(IRepository<CddiContract> contracts) : IDailySweep
{
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var open = await contracts.ListAsync(new ContractsNotEndedSpec(), cancellationToken).ConfigureAwait(false);
        var changed = new List<CddiContract>();
        CddiSweep.Run(open, today, changed.Add);
        foreach (var c in changed)
        {
            await contracts.UpdateAsync(c, cancellationToken).ConfigureAwait(false);
        }
    }
}
