namespace Insertion.Abstractions;

/// <summary>
/// What an idempotent command did (the one replay-result shape of every module: hours and TIG
/// ledger appends, exits, SOA attendance, enrolments): a replayed command answers
/// <see cref="AlreadyRecorded"/> and changes nothing.
/// </summary>
public enum RecordOutcome
{
    /// <summary>The command was new and has been applied.</summary>
    Recorded,

    /// <summary>The same command (same key, same content) was already applied: nothing changed.</summary>
    AlreadyRecorded,
}
