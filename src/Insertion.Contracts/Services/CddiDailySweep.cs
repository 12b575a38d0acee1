namespace Insertion.Contracts;

/// <summary>
/// The CDDI daily sweep (SCENARIOS.md, "Time"): trials whose end is before today become Active,
/// contracts whose term is before today become Ended (Term). Idempotent. Reads the contracts not
/// ended from the repository and saves those that changed.
/// </summary>
internal sealed class CddiDailySweep(IRepository<CddiContract> contracts) : IDailySweep
{
    public void Run(DateOnly today)
    {
        var open = contracts.ListAsync(new ContractsNotEndedSpec()).GetAwaiter().GetResult();
        CddiSweep.Run(open, today, c => contracts.UpdateAsync(c).GetAwaiter().GetResult());
    }
}
