namespace Insertion.Abstractions;

/// <summary>
/// The one exception a save raises when another writer got there first: the aggregate was saved
/// (or removed) since it was loaded, or an aggregate with the same key was added meanwhile. Nothing
/// of the failed save (or of its unit of work) was written. The caller may run the whole command
/// again: it reloads, the rules decide on the new state, and they may then refuse it.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>A conflict on the aggregate <paramref name="type"/> with key <paramref name="key"/>.</summary>
    public ConcurrencyConflictException(string type, string key, string message)
        : base(message)
    {
        AggregateType = type;
        Key = key;
    }

    /// <summary>A conflict on the aggregate <paramref name="type"/> with key <paramref name="key"/>, from a store's own error.</summary>
    public ConcurrencyConflictException(string type, string key, string message, Exception inner)
        : base(message, inner)
    {
        AggregateType = type;
        Key = key;
    }

    /// <summary>Name of the aggregate's type (e.g. <c>CddiContract</c>).</summary>
    public string AggregateType { get; }

    /// <summary>Key of the aggregate.</summary>
    public string Key { get; }

    /// <summary>
    /// Runs <paramref name="command"/> and runs it again (up to <paramref name="attempts"/> times in
    /// all) when it fails with a conflict: the usual way for a host to retry a command. The command
    /// must reload what it decides on (every service command does).
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> command, int attempts = 5)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        for (var i = 1; ; i++)
        {
            try
            {
                return await command().ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (i < attempts)
            {
                // another writer won: run the command again on the new state
            }
        }
    }

    /// <summary>Runs <paramref name="command"/>, again on a conflict (see <see cref="RetryAsync{T}"/>).</summary>
    public static Task RetryAsync(Func<Task> command, int attempts = 5)
    {
        ArgumentNullException.ThrowIfNull(command);
        return RetryAsync(async () =>
        {
            await command().ConfigureAwait(false);
            return true;
        }, attempts);
    }
}
