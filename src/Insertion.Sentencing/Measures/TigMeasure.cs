using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// A TIG measure (travail d'intérêt général): the hours sentenced, the time limit and its
/// suspensions, the append-only hours ledger, incidents and court decisions. Created and changed
/// only through <see cref="TigService"/>, which checks the rules (C. pén. 131-8, 131-22) and
/// serialises changes; its state follows the one <see cref="TigLifecycle"/> definition. The
/// lists it exposes are copies taken under the service's lock, safe to read while others log hours.
/// Ids only: no name, and no health or justice fact beyond the measure itself.
/// </summary>
public sealed class TigMeasure : IAggregateRoot
{
    private readonly List<TigSuspension> _suspensions = [];
    private readonly List<TigCourtDecision> _decisions = [];
    private readonly List<TigIncident> _incidents = [];
    private readonly List<TigStateChange> _history = [];
    private readonly HashSet<string> _incidentKeys = new(StringComparer.Ordinal);
    private int _suspendedDays;

    internal TigMeasure(TigSentence sentence)
    {
        Id = sentence.Measure;
        Person = sentence.Person;
        Hours = sentence.Hours;
        From = sentence.From;
        Pronounced = sentence.Pronounced ?? sentence.From;
        Months = sentence.Months;
        InitialDeadline = LegalDates.MonthsEnd(sentence.From, sentence.Months);
        Origin = sentence.Origin;
        HostStructure = sentence.HostStructure;
        Post = sentence.Post;
        SpipReferent = sentence.SpipReferent;
        Judge = sentence.Judge;
        Territory = sentence.Territory;
        SoaProgramme = sentence.SoaProgramme;
        State = TigState.Active;
    }

    /// <summary>The measure's id.</summary>
    public MeasureId Id { get; }

    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The TIGiste.</summary>
    public PersonId Person { get; }

    /// <summary>Hours sentenced.</summary>
    public WorkMinutes Hours { get; }

    /// <summary>Date the measure was pronounced (the hours range in force that day applies, C. pén. 131-8).</summary>
    public DateOnly Pronounced { get; }

    /// <summary>Start of the time limit: no hours before this day.</summary>
    public DateOnly From { get; }

    /// <summary>Time limit set by the court, in months (at most 18, C. pén. 131-22).</summary>
    public int Months { get; }

    /// <summary>Deadline as pronounced: <see cref="From"/> + <see cref="Months"/> counted date à date.</summary>
    public DateOnly InitialDeadline { get; }

    /// <summary>Deadline moved later by every suspension's days (C. pén. 131-22); hours on this day are inside the term.</summary>
    public DateOnly Deadline => InitialDeadline.AddDays(_suspendedDays);

    /// <summary>Sentence or conversion (CPP 747-1).</summary>
    public TigOrigin Origin { get; }

    /// <summary>Host structure (opaque id), or null.</summary>
    public string? HostStructure { get; }

    /// <summary>Post at the host structure (opaque id), or null.</summary>
    public string? Post { get; }

    /// <summary>SPIP referent (opaque id), or null.</summary>
    public string? SpipReferent { get; }

    /// <summary>Judge (JAP) reference (opaque id), or null.</summary>
    public string? Judge { get; }

    /// <summary>TIG pédagogique territory, or null.</summary>
    public TigTerritory? Territory { get; internal set; }

    /// <summary>SOA programme the measure follows (its share cap applies), or null.</summary>
    public string? SoaProgramme { get; internal set; }

    /// <summary>Current state.</summary>
    public TigState State { get; internal set; }

    /// <summary>Day of the entry that completed the hours, or null.</summary>
    public DateOnly? CompletedOn { get; internal set; }

    /// <summary>Minutes done: the running fold of every ledger entry (reversals included).</summary>
    public WorkMinutes Done => new(Ledger.Done);

    /// <summary>Minutes left: <see cref="Hours"/> − <see cref="Done"/>.</summary>
    public WorkMinutes Remaining => new(Hours.Minutes - Ledger.Done);

    /// <summary>Pedagogical (SOA) minutes done.</summary>
    public WorkMinutes Pedagogical => new(Ledger.Pedagogical);

    /// <summary>Task minutes done.</summary>
    public WorkMinutes Task => new(Ledger.Done - Ledger.Pedagogical);

    /// <summary>Whether hours may still be logged (Active or Overdue).</summary>
    public bool IsOpen => State is TigState.Active or TigState.Overdue;

    /// <summary>The ledger's entries, in order (a copy).</summary>
    public IReadOnlyList<TigEntry> Entries
    {
        get
        {
            lock (Gate)
            {
                return Ledger.Snapshot();
            }
        }
    }

    /// <summary>Suspensions of the time limit, in the order recorded (a copy).</summary>
    public IReadOnlyList<TigSuspension> Suspensions => Copy(_suspensions);

    /// <summary>Court decisions recorded (a copy).</summary>
    public IReadOnlyList<TigCourtDecision> CourtDecisions => Copy(_decisions);

    /// <summary>Incidents recorded (a copy).</summary>
    public IReadOnlyList<TigIncident> Incidents => Copy(_incidents);

    /// <summary>Changes of state (a copy).</summary>
    public IReadOnlyList<TigStateChange> History => Copy(_history);

    private T[] Copy<T>(List<T> items)
    {
        lock (Gate)
        {
            return items.ToArray();
        }
    }

    /// <summary>Whether the deadline is before <paramref name="today"/> with hours left: an unfinished TIG to report.</summary>
    public bool IsUnfinishedAtDeadline(DateOnly today) => Deadline < today && Remaining.Minutes > 0 && State is TigState.Active or TigState.Overdue;

    internal TigLedger Ledger { get; } = new();

    /// <summary>The lock of the service that changes this measure (copies of its lists are taken under it).</summary>
    internal Lock Gate { get; set; } = new();

    /// <summary>The person's TIG minutes per day and week over all their measures, shared by those measures.</summary>
    internal PersonTigTotals PersonTotals { get; set; } = new();

    internal void AddSuspension(TigSuspension s)
    {
        _suspensions.Add(s);
        _suspendedDays += s.Days;
    }

    internal void AddDecision(TigCourtDecision d) => _decisions.Add(d);

    internal bool AddIncident(TigIncident incident)
    {
        if (!_incidentKeys.Add(incident.Key))
        {
            return false;
        }
        _incidents.Add(incident);
        return true;
    }

    internal void AddHistory(TigStateChange change) => _history.Add(change);

    /// <inheritdoc />
    public override string ToString() => $"TIG {Id} ({State}, {Done}/{Hours}, deadline {IsoDates.Format(Deadline)})";
}
