namespace Insertion.Cli.Simulation;

/// <summary>
/// The simulation's agenda: commands due on each day, run in the order they were added. Days are
/// taken out as they are run, so the agenda holds only what is still ahead (memory follows the
/// activity in progress, not the whole year).
/// </summary>
internal sealed class SimulationAgenda
{
    private readonly SortedDictionary<DateOnly, List<Func<IServiceProvider, CancellationToken, Task>>> _days = [];

    private DateOnly _last;

    public int Pending { get; private set; }

    /// <summary>The last day with a command still ahead (a running value: days leave from the front only).</summary>
    public DateOnly? Last => _days.Count == 0 ? null : _last;

    public void At(DateOnly day, Func<IServiceProvider, CancellationToken, Task> command)
    {
        if (!_days.TryGetValue(day, out var list))
        {
            _days[day] = list = [];
        }
        list.Add(command);
        Pending++;
        if (day > _last)
        {
            _last = day;
        }
    }

    /// <summary>Takes the commands of <paramref name="day"/> (and of any earlier day left behind).</summary>
    public IReadOnlyList<Func<IServiceProvider, CancellationToken, Task>> Take(DateOnly day)
    {
        var due = new List<Func<IServiceProvider, CancellationToken, Task>>();
        while (_days.Count > 0 && _days.Keys.First() <= day)
        {
            var first = _days.Keys.First();
            due.AddRange(_days[first]);
            _days.Remove(first);
        }
        Pending -= due.Count;
        return due;
    }
}
