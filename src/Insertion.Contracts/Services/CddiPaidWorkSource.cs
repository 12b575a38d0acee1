namespace Insertion.Contracts;

/// <summary>
/// Paid work from CDDI, for the TIG weekly cap (Code pénitentiaire R. 623-16): the weekly hours
/// in force on <c>on</c> of the person's CDDI in Trial or Active whose [start, end] holds <c>on</c>.
/// </summary>
internal sealed class CddiPaidWorkSource(IRepository<CddiContract> contracts) : IPaidWorkSource
{
    public WorkMinutes PaidMinutesInWeek(PersonId person, DateOnly on)
    {
        var total = WorkMinutes.Zero;
        foreach (var contract in contracts.ListAsync(new WorkingContractsOfPersonSpec(person, on)).GetAwaiter().GetResult())
        {
            total += contract.WeeklyHoursOn(on) ?? WorkMinutes.Zero;
        }
        return total;
    }
}
