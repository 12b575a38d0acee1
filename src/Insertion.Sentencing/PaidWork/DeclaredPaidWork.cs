using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// Paid work a host declares for a person and an ISO week, outside the library's contracts (the
/// scenario verb <c>paidWork</c>). One of the <see cref="IPaidWorkSource"/>s the TIG weekly cap sums
/// (Code pénitentiaire R. 623-16); declarations for the same person and week add up (several jobs).
/// Thread-safe.
/// </summary>
public sealed class DeclaredPaidWork : IPaidWorkSource
{
    private readonly ConcurrentDictionary<(PersonId Person, DateOnly Monday), long> _minutes = new();
    private volatile bool _any;

    /// <summary>Adds <paramref name="hours"/> of paid work of <paramref name="person"/> in <paramref name="week"/>.</summary>
    public void Declare(PersonId person, IsoWeek week, WorkMinutes hours)
    {
        Guard.Against.Negative(hours.Minutes, nameof(hours));
        _minutes.AddOrUpdate((person, week.Monday), hours.Minutes, (_, m) => checked(m + hours.Minutes));
        _any = true;
    }

    /// <inheritdoc />
    public Task<WorkMinutes> PaidMinutesInWeekAsync(PersonId person, DateOnly on, CancellationToken cancellationToken = default) =>
        Task.FromResult(PaidMinutesInWeek(person, on));

    /// <summary>The declared paid minutes of the person in the ISO week that holds <paramref name="on"/>.</summary>
    public WorkMinutes PaidMinutesInWeek(PersonId person, DateOnly on) =>
        _any ? new(_minutes.GetValueOrDefault((person, Weeks.MondayOf(on)))) : WorkMinutes.Zero;
}
