namespace Insertion.Contracts;

/// <summary>The CDDI daily sweep over a set of contracts, whatever store they come from.</summary>
public static class CddiSweep
{
    /// <summary>
    /// Applies <see cref="CddiContract.Sweep"/> for <paramref name="today"/> to each contract and
    /// calls <paramref name="changed"/> (e.g. to save it) for those that changed. Returns how many changed.
    /// </summary>
    public static int Run(IReadOnlyList<CddiContract> contracts, DateOnly today, Action<CddiContract>? changed = null)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var count = 0;
        for (var i = 0; i < contracts.Count; i++)
        {
            var contract = contracts[i];
            if (contract.Sweep(today))
            {
                count++;
                changed?.Invoke(contract);
            }
        }
        return count;
    }
}
