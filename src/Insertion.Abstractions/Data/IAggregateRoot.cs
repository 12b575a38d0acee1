namespace Insertion.Abstractions;

/// <summary>An aggregate stored by a repository, found by its stable key (its id's value).</summary>
public interface IAggregateRoot
{
    /// <summary>The stable key (e.g. the contract id's value).</summary>
    string Key { get; }
}
