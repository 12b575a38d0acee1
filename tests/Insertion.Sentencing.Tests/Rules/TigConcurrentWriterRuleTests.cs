using System.Reflection;
using System.Runtime.ExceptionServices;
using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Sentencing.Tests.Rules;

/// <summary>
/// What the service does when another writer (another process over the same store) commits
/// between its read and its save (docs/host-conventions.md, "concurrency"): the daily sweep
/// decides again on the measure as reloaded (C. pén. 131-22), and a log whose key another writer
/// recorded meanwhile answers <see cref="RecordOutcome.AlreadyRecorded"/> instead of logging the
/// hours twice (SCENARIOS.md "logTig": the same key is accepted once). The other writer is
/// staged deterministically by a repository that writes through its own unit of work at a chosen
/// call.
/// </summary>
public sealed class TigConcurrentWriterRuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Adult = new(1990, 1, 1);

    [Fact]
    public async Task A_sweep_whose_save_meets_another_writer_reloads_the_measure_and_marks_it_overdue_C_pen_131_22()
    {
        var store = new InMemoryStore();
        var other = new OtherWriter(store);
        using var f = new TigFixture(Monday, store: store, configure: s => s.AddScoped<IRepository<TigMeasure>>(sp =>
            InterferingRepository.Wrap(new InMemoryRepository<TigMeasure>(sp.GetRequiredService<InMemoryUnitOfWork>()), other)));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        var today = m.Deadline.AddDays(1);
        // The other writer records an incident on the measure just before the sweep saves it.
        other.BeforeUpdate = stored => stored.RecordIncident(new TigIncident("elsewhere", Monday.AddDays(3), TigIncidentKind.Other, null, "spip"));
        Assert.Equal(1, await f.Tig.SweepAsync(today, CancellationToken.None));
        Assert.Equal(1, other.Writes);
        m = await f.ReloadAsync(m);
        Assert.Equal(TigState.Overdue, m.State);
        Assert.Equal("elsewhere", Assert.Single(m.Incidents).Key);
        Assert.Equal(today, Assert.Single(m.History).On);
    }

    [Fact]
    public async Task A_sweep_leaves_active_a_measure_whose_deadline_another_writer_moved_meanwhile_C_pen_131_22()
    {
        var store = new InMemoryStore();
        var other = new OtherWriter(store);
        using var f = new TigFixture(Monday, store: store, configure: s => s.AddScoped<IRepository<TigMeasure>>(sp =>
            InterferingRepository.Wrap(new InMemoryRepository<TigMeasure>(sp.GetRequiredService<InMemoryUnitOfWork>()), other)));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday, months: 1);
        var today = m.Deadline.AddDays(1);
        // The other writer records a 10-day suspension of the time limit just before the sweep saves.
        other.BeforeUpdate = stored => stored.Suspend(new TigSuspension(Monday.AddDays(5), Monday.AddDays(14), TigSuspensionReason.Medical), today);
        Assert.Equal(0, await f.Tig.SweepAsync(today, CancellationToken.None));
        m = await f.ReloadAsync(m);
        Assert.Equal((TigState.Active, today.AddDays(9)), (m.State, m.Deadline));
        Assert.Empty(m.History);
    }

    [Fact]
    public async Task A_log_whose_key_another_writer_recorded_meanwhile_is_already_recorded_and_logs_nothing_twice()
    {
        var store = new InMemoryStore();
        var other = new OtherWriter(store);
        using var f = new TigFixture(Monday, store: store, configure: s => s.AddScoped<IRepository<TigMeasure>>(sp =>
            InterferingRepository.Wrap(new InMemoryRepository<TigMeasure>(sp.GetRequiredService<InMemoryUnitOfWork>()), other)));
        var m = await f.SentenceAsync("m", await f.PersonAsync("p", Adult), 20, Monday);
        // The other writer logs the same key once the log has read the measure, before it reads the person's measures.
        other.BeforePersonRead = stored => stored.Log(Monday, WorkMinutes.FromHours(4), TigEntryKind.Task, "k", "elsewhere");
        var result = await f.LogAsync(m, Monday, 4, "k");
        Assert.Equal(1, other.Writes);
        Assert.Equal((RecordOutcome.AlreadyRecorded, false, "elsewhere"), (result.Outcome, result.Completed, result.Entry.Author));
        m = await f.ReloadAsync(m);
        Assert.Equal(WorkMinutes.FromHours(4), m.Done);
        Assert.Single(m.Entries);
    }

    /// <summary>Another process over the same store: writes once, through its own unit of work, when armed.</summary>
    internal sealed class OtherWriter(InMemoryStore store)
    {
        public Action<TigMeasure>? BeforeUpdate { get; set; }

        public Action<TigMeasure>? BeforePersonRead { get; set; }

        public int Writes { get; private set; }

        public void OnUpdate(TigMeasure m) => Write(m.Key, BeforeUpdate, () => BeforeUpdate = null);

        public void OnPersonRead(string measureKey) => Write(measureKey, BeforePersonRead, () => BeforePersonRead = null);

        private void Write(string key, Action<TigMeasure>? change, Action disarm)
        {
            if (change is null)
            {
                return;
            }
            disarm();
            var repository = new InMemoryRepository<TigMeasure>(new InMemoryUnitOfWork(store));
            var stored = repository.Find(key) ?? throw new InvalidOperationException($"No measure '{key}'.");
            change(stored);
            repository.UpdateAsync(stored).GetAwaiter().GetResult();   // outside a unit: commits at once
            Writes++;
        }
    }

    /// <summary>A repository that lets <see cref="OtherWriter"/> commit just before a save or a read of a person's measures.</summary>
    public class InterferingRepository : DispatchProxy
    {
        private IRepository<TigMeasure> _inner = null!;
        private OtherWriter _other = null!;
        private string? _lastMeasure;

        internal static IRepository<TigMeasure> Wrap(IRepository<TigMeasure> inner, OtherWriter other)
        {
            var proxy = Create<IRepository<TigMeasure>, InterferingRepository>();
            var self = (InterferingRepository)(object)proxy;
            self._inner = inner;
            self._other = other;
            return proxy;
        }

        /// <inheritdoc />
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IRepository<TigMeasure>.UpdateAsync) && args?[0] is TigMeasure saved)
            {
                _other.OnUpdate(saved);
            }
            if (targetMethod.Name == nameof(IRepository<TigMeasure>.ListAsync) && args?[0] is MeasuresOfPersonSpec or MeasuresWithLedgerSliceSpec && _lastMeasure is { } key)
            {
                _other.OnPersonRead(key);
            }
            try
            {
                var result = targetMethod.Invoke(_inner, args);
                if (targetMethod.Name == nameof(IRepository<TigMeasure>.GetByIdAsync) && args?[0] is string id)
                {
                    _lastMeasure = id;
                }
                // The ledger commands read the measure by a specification with a slice of its ledger (in memory: completed at once).
                if (targetMethod.Name == nameof(IRepository<TigMeasure>.FirstOrDefaultAsync) && args?[0] is MeasuresWithLedgerSliceSpec
                    && result is Task<TigMeasure?> { IsCompletedSuccessfully: true } read && read.Result is { } found)
                {
                    _lastMeasure = found.Key;
                }
                return result;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
