using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>
/// Issue 26, point 7: a ledger's running values (a contract's count and total, a measure's entry
/// count and hours done), kept on its row so that no command reads the whole history, equal what its
/// stored entries add up to after any sequence of appends, batches, reversals, replays, key conflicts
/// and concurrency conflicts sent through the services, in memory and on SQLite files.
/// </summary>
public sealed class RunningTotalsTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private readonly SqliteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [FsCheck.Xunit.Property(MaxTest = 20)]
    public Task In_memory_a_ledgers_running_count_and_total_equal_its_entries_after_any_sequence_of_commands(int seed) =>
        HoursLedgerRunningValuesHoldAsync(TestStore.InMemoryAsync, seed);

    [FsCheck.Xunit.Property(MaxTest = 6)]
    public Task Sqlite_a_ledgers_running_count_and_total_equal_its_entries_after_any_sequence_of_commands(int seed) =>
        HoursLedgerRunningValuesHoldAsync(() => TestStore.SqliteAsync(_folder.NewFile()), seed);

    [FsCheck.Xunit.Property(MaxTest = 6)]
    public Task In_memory_a_measures_entry_count_and_hours_done_equal_its_entries_after_any_sequence_of_commands(int seed) =>
        TigRunningValuesHoldAsync(TestStore.InMemoryAsync, seed);

    [FsCheck.Xunit.Property(MaxTest = 3)]
    public Task Sqlite_a_measures_entry_count_and_hours_done_equal_its_entries_after_any_sequence_of_commands(int seed) =>
        TigRunningValuesHoldAsync(() => TestStore.SqliteAsync(_folder.NewFile()), seed);

    private static async Task HoursLedgerRunningValuesHoldAsync(Func<Task<TestStore>> newStore, int seed)
    {
        await using var store = await newStore();
        var r = new Random(seed);
        var person = new PersonProfile(new PersonId("p1"), new DateOnly(1990, 4, 12), Sex.F);
        var pass = PassIae.Issue(new PassId("a1"), person.Id, Start, null, Generators.Parameters);
        var contract = CddiContract.Hire(new CddiHireRequest(new ContractId("c1"), person.Id, new WorkshopId("ilot-gourmand"),
            Start, Start.AddMonths(6), WorkMinutes.FromHours(26), null, false), [pass], [], Generators.Parameters);
        await store.AddAsync([contract]);
        var c = contract.Id;
        WorkedHoursLine Line() => new(c, Start.AddDays(r.Next(-3, 40)), new WorkMinutes(15 * r.Next(1, 40)), $"k{r.Next(30)}", "cip", r.Next(4) == 0 ? "note" : null);
        async Task Try(Func<WorkedHoursService, Task> command)
        {
            try
            {
                await store.InScopeAsync(sp => command(sp.GetRequiredService<WorkedHoursService>()));
            }
            catch (RuleViolationException)
            {
            }
            catch (ConcurrencyConflictException)
            {
            }
        }

        for (var n = 0; n < 30; n++)
        {
            var line = Line();
            switch (r.Next(8))
            {
                case < 3:
                    await Try(s => s.RecordAsync(line));
                    break;
                case 3:
                    // A replay of a line already sent, or a key sent again with other content.
                    await Try(s => s.RecordAsync(line));
                    await Try(s => s.RecordAsync(r.Next(2) == 0 ? line : line with { Minutes = line.Minutes + new WorkMinutes(15) }));
                    break;
                case 4:
                    var lines = Enumerable.Range(0, r.Next(1, 6)).Select(_ => Line()).DistinctBy(l => l.Key).ToList();
                    await Try(s => s.RecordBatchAsync(new WorkedHoursBatch(c, lines)));
                    break;
                case 5:
                    await Try(s => s.ReverseAsync(new HoursReversal(c, $"k{r.Next(30)}", $"r{r.Next(8)}", "cip", null)));
                    break;
                case 6:
                    // Two commands at once in two scopes: one may lose to the other.
                    var other = Line();
                    await Task.WhenAll(Task.Run(() => Try(s => s.RecordAsync(line))), Task.Run(() => Try(s => s.RecordAsync(other))));
                    break;
                default:
                    // A conflict for sure: a ledger loaded before another command saved is refused on save.
                    await store.InScopeAsync(async sp =>
                    {
                        var stale = await sp.GetRequiredService<IRepository<ContractHoursLedger>>().GetByIdAsync(c.Value);
                        var before = (await store.FindAsync<ContractHoursLedger>(c.Value))?.Version;
                        await Try(s => s.RecordAsync(line));
                        var moved = (await store.FindAsync<ContractHoursLedger>(c.Value))?.Version != before;
                        var late = Line() with { Key = "stale" + n };
                        if (stale is not null && moved && stale.CanRecord(late).Count == 0)
                        {
                            stale.Record(late);
                            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(stale));
                        }
                    });
                    break;
            }
            var ledger = await store.FindAsync<ContractHoursLedger>(c.Value);
            if (ledger is null)
            {
                continue;
            }
            var entries = ledger.Entries;
            Assert.Equal(entries.Count, ledger.Count);
            Assert.Equal(entries.Sum(e => e.Minutes.Minutes), ledger.Total.Minutes);
            Assert.Equal(Enumerable.Range(0, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
            Assert.Equal(ledger.Total, await store.InScopeAsync(sp => sp.GetRequiredService<WorkedHoursService>().PaidHoursAsync(c)));
            Assert.All(entries.GroupBy(e => e.On), day => Assert.InRange(day.Sum(e => e.Minutes.Minutes), 0, ContractHoursLedger.DayMaxMinutes));
        }
    }

    private static async Task TigRunningValuesHoldAsync(Func<Task<TestStore>> newStore, int seed)
    {
        await using var store = await newStore();
        await ModuleYear.RunAsync(store, seed);
        var measures = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<TigMeasure>>().ListAsync());
        var r = new Random(seed);
        // Then the same person's measures logged from parallel scopes (the person's claim makes one of two writers conflict).
        foreach (var m in measures.Where(m => m.State == TigState.Active).Take(3))
        {
            var day = m.From.AddDays(r.Next(20));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
            {
                try
                {
                    await store.InScopeAsync(sp => sp.GetRequiredService<TigService>().LogAsync(m.Id, day.AddDays(i % 2), WorkMinutes.FromHours(1), TigEntryKind.Task, $"p{i % 3}", "tuteur"));
                }
                catch (RuleViolationException)
                {
                }
                catch (ConcurrencyConflictException)
                {
                }
            })));
        }
        var checkedEntries = 0;
        foreach (var m in await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<TigMeasure>>().ListAsync()))
        {
            var entries = m.Entries;
            Assert.Equal(entries.Count, m.EntryCount);
            Assert.Equal(entries.Sum(e => e.Minutes.Minutes), m.Done.Minutes);
            Assert.Equal(entries.Where(e => e.Kind == TigEntryKind.Pedagogical).Sum(e => e.Minutes.Minutes), m.Pedagogical.Minutes);
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
            checkedEntries += entries.Count;
        }
        Assert.True(checkedEntries > 0, "the module year logs TIG hours");
    }
}
