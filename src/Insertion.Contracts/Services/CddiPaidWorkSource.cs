namespace Insertion.Contracts;

/// <summary>
/// Paid work from CDDI, for the TIG weekly cap (Code pénitentiaire R. 623-16): the weekly hours
/// in force on <c>on</c> of the person's CDDI that were in Trial or Active on <c>on</c>
/// (<see cref="CddiContract.WasWorkingOn"/>: the contract's state that day, from its history, so that
/// hours logged after a later suspension or early end are checked against the contract as it was).
/// </summary>
internal sealed class CddiPaidWorkSource(IRepository<CddiContract> contracts) : IPaidWorkSource
{
    public async Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId person, DateOnly on, CancellationToken ct)
    {
        var total = WorkMinutes.Zero;
        foreach (var contract in await contracts.ListAsync(new ContractsOfPersonSpec(person), ct).ConfigureAwait(false))
        {
            if (contract.WasWorkingOn(on))
            {
                total += contract.WeeklyHoursOn(on) ?? WorkMinutes.Zero;
            }
        }
        return total;
    }
}
