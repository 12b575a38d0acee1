namespace Insertion.Sentencing;

/// <summary>
/// A person's TIG minutes per day and per ISO week (keyed by Monday), over all their measures:
/// the running sums the daily and weekly caps read, updated at each append or correction so that a
/// check is O(1). A fold of the entries of the person's measures. Guarded by <see cref="TigService"/>'s lock.
/// </summary>
internal sealed class PersonTigTotals
{
    private readonly Dictionary<DateOnly, long> _byDay = [];
    private readonly Dictionary<DateOnly, long> _byWeek = [];

    public long OnDay(DateOnly day) => _byDay.GetValueOrDefault(day);

    public long InWeekOf(DateOnly monday) => _byWeek.GetValueOrDefault(monday);

    public void Add(DateOnly day, long minutes)
    {
        Add(_byDay, day, minutes);
        Add(_byWeek, Weeks.MondayOf(day), minutes);
    }

    private static void Add(Dictionary<DateOnly, long> sums, DateOnly key, long minutes)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _);
        slot += minutes;
    }
}
