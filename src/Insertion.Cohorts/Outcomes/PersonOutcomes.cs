using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// The stored record of what a person did after (or during) their cohorts (SCENARIOS.md, <c>outcome</c>):
/// one aggregate per person, keyed by the person's id, so two writers recording outcomes of one person
/// at once cannot both save a stale record. Outcomes are facts: never refused, never removed; the funnel
/// of each cohort the person enrolled in reads them.
/// </summary>
public sealed class PersonOutcomes : IAggregateRoot
{
    private readonly List<OutcomeEntry> _entries = [];

    /// <summary>Creates the (empty) record of a person.</summary>
    public PersonOutcomes(PersonId person) => Person = person;

    /// <summary>The person.</summary>
    public PersonId Person { get; }

    /// <inheritdoc />
    public string Key => Person.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The outcomes in the order recorded.</summary>
    public IReadOnlyList<OutcomeEntry> Entries => _entries.AsReadOnly();

    /// <summary>
    /// Records an outcome. The same outcome again (same day, same kind) is a replay:
    /// <see cref="RecordOutcome.AlreadyRecorded"/>, nothing changes.
    /// </summary>
    internal RecordOutcome Record(DateOnly on, OutcomeKind kind)
    {
        Guard.Against.EnumOutOfRange(kind);
        var entry = new OutcomeEntry(on, kind);
        if (_entries.Contains(entry))
        {
            return RecordOutcome.AlreadyRecorded;
        }
        _entries.Add(entry);
        return RecordOutcome.Recorded;
    }

    /// <summary>The outcomes as funnel events.</summary>
    public IEnumerable<OutcomeRecorded> History() => _entries.Select(e => new OutcomeRecorded(Person, e.On, e.Kind));
}

/// <summary>One outcome of a person.</summary>
/// <param name="On">Day of the outcome (e.g. the job's first day).</param>
/// <param name="Kind">What it is.</param>
public sealed record OutcomeEntry(DateOnly On, OutcomeKind Kind);
