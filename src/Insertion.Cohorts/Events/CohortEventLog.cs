namespace Insertion.Cohorts;

/// <summary>The module's append-only event log (thread-safe). Events are never edited or removed.</summary>
public sealed class CohortEventLog
{
    private readonly Lock _gate = new();
    private readonly List<CohortEvent> _events = [];

    /// <summary>Appends an event (O(1)).</summary>
    internal void Append(CohortEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        lock (_gate)
        {
            _events.Add(e);
        }
    }

    /// <summary>A snapshot of every event, in the order recorded.</summary>
    public IReadOnlyList<CohortEvent> Snapshot()
    {
        lock (_gate)
        {
            return _events.ToList();
        }
    }
}
