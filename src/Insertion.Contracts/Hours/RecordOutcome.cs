namespace Insertion.Contracts;

/// <summary>What an idempotent append did.</summary>
public enum RecordOutcome
{
    /// <summary>The entry was new and has been appended.</summary>
    Recorded,

    /// <summary>The same key with the same content was already there: nothing changed.</summary>
    AlreadyRecorded,
}
