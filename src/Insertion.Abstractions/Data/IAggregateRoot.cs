namespace Insertion.Abstractions;

/// <summary>
/// An aggregate stored by a repository, found by its stable key (its id's value), and guarded by
/// a version: every save of a changed aggregate checks that the stored version is still the one
/// it was loaded with, then moves it on by one. A save of a stale copy fails with
/// <see cref="ConcurrencyConflictException"/> (reload and retry), never a lost update.
/// </summary>
public interface IAggregateRoot
{
    /// <summary>The stable key (e.g. the contract id's value).</summary>
    string Key { get; }

    /// <summary>
    /// The stored version this instance was loaded with (0 before its first save). Set by the
    /// store only: the repository checks it on save and moves it on; a host never sets it.
    /// </summary>
    long Version { get; set; }
}
