namespace Insertion.Contracts;

/// <summary>
/// The CDDI daily sweep (SCENARIOS.md, "Time"): trials whose end is before today become Active,
/// contracts whose term is before today become Ended (Term). Idempotent.
/// </summary>
internal sealed class CddiDailySweep(IRepository<CddiContract> contracts) : IDailySweep
{
    public void Run(DateOnly today)
    {
        foreach (var contract in contracts.ListAsync(new ContractsNotEndedSpec()).GetAwaiter().GetResult())
        {
            if (contract.Sweep(today))
            {
                contracts.UpdateAsync(contract).GetAwaiter().GetResult();
            }
        }
    }
}
