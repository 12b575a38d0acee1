namespace Insertion.Cli.Simulation;

/// <summary>
/// When each contract's paid hours are due: a contract is on the agenda of the Sunday of each ISO
/// week it works, from its hire to its last day, so that a week's hours go in one batch and no day
/// walks every contract. A contract is put back on the next Sunday after its week is sent, while
/// its last day is ahead; the agenda holds the contracts in progress only.
/// </summary>
internal sealed class PaidHoursAgenda
{
    private readonly Dictionary<DateOnly, List<SiteYearSimulation.ContractTrack>> _sundays = [];

    /// <summary>Contracts waiting for a week's batch.</summary>
    public int Pending { get; private set; }

    /// <summary>The Sunday ending the ISO week of <paramref name="day"/> (the day itself on a Sunday).</summary>
    public static DateOnly SundayOf(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);

    /// <summary>Puts <paramref name="track"/> on the agenda of the week of <paramref name="day"/>.</summary>
    public void Add(SiteYearSimulation.ContractTrack track, DateOnly day)
    {
        var sunday = SundayOf(day);
        if (!_sundays.TryGetValue(sunday, out var list))
        {
            _sundays[sunday] = list = [];
        }
        list.Add(track);
        Pending++;
    }

    /// <summary>Takes the contracts whose week ends on <paramref name="day"/>, in the order they were added (none unless a Sunday).</summary>
    public IReadOnlyList<SiteYearSimulation.ContractTrack> Take(DateOnly day)
    {
        if (!_sundays.Remove(day, out var due))
        {
            return [];
        }
        Pending -= due.Count;
        return due;
    }
}
