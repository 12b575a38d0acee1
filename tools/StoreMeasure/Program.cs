using System.Diagnostics;
using Ardalis.Specification;
using Insertion.Abstractions;

// Stopwatch check of the in-memory store (not a test): ListAsync by person among 100 000 rows, and the copy of an aggregate.
const int Rows = 100_000, People = 20_000;
var store = new InMemoryStore();
var repo = new InMemoryRepository<Contract>(new InMemoryUnitOfWork(store));
var sw = Stopwatch.StartNew();
for (var i = 0; i < Rows; i++)
{
    await repo.AddAsync(new Contract("c" + i, new PersonId("p" + (i % People)), new DateOnly(2026, 1, 1).AddDays(i % 365)));
}
Console.WriteLine($"add {Rows} rows: {sw.ElapsedMilliseconds} ms");

async Task<double> PerCall(int n, Func<int, Task> call)
{
    for (var i = 0; i < Math.Min(n, 20); i++) await call(i); // warm-up
    GC.Collect();
    var w = Stopwatch.StartNew();
    for (var i = 0; i < n; i++) await call(i);
    return w.Elapsed.TotalMicroseconds / n;
}

var found = 0;
var list = await PerCall(300, async i => found += (await repo.ListAsync(new OfPerson(new PersonId("p" + (i * 7 % People))))).Count);
Console.WriteLine($"ListAsync(OfPerson) among {Rows}: {list:F1} µs/call ({found} rows found)");
var count = await PerCall(300, async i => found += await repo.CountAsync(new DueBy(new DateOnly(2026, 1, 1).AddDays(i % 30))));
Console.WriteLine($"CountAsync(Start <= day) among {Rows}: {count:F1} µs/call");

var big = new InMemoryRepository<Contract>();
var aggregate = new Contract("big", new PersonId("p"), new DateOnly(2026, 1, 1));
for (var i = 0; i < 200; i++) aggregate.Record(i);
await big.AddAsync(aggregate);
var load = await PerCall(20_000, async _ => found += (await big.GetByIdAsync("big"))!.Entries.Count);
Console.WriteLine($"GetByIdAsync (copy of an aggregate with 200 entries): {load:F2} µs/call");
var small = await PerCall(100_000, async i => found += (await repo.GetByIdAsync("c" + (i % Rows)))!.Entries.Count);
Console.WriteLine($"GetByIdAsync (copy of a small aggregate): {small:F2} µs/call");
Console.WriteLine($"gen0/1/2 collections: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

public sealed class Entry(int minutes, DateOnly on, string? note)
{
    public int Minutes { get; } = minutes;
    public DateOnly On { get; } = on;
    public string? Note { get; } = note;
}

public sealed class Contract(string key, PersonId person, DateOnly start) : IAggregateRoot
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<DateOnly, int> _byDay = [];
    public string Key { get; } = key;
    public long Version { get; set; }
    public PersonId Person { get; } = person;
    public DateOnly Start { get; } = start;
    public DateOnly End { get; } = start.AddMonths(4);
    public string State { get; } = "Active";
    public IReadOnlyList<Entry> Entries => _entries;
    public void Record(int i)
    {
        var on = Start.AddDays(i);
        _entries.Add(new Entry(420, on, i % 10 == 0 ? "reprise" : null));
        _byDay[on] = 420;
    }
}

public sealed class OfPerson : Specification<Contract>
{
    public OfPerson(PersonId person) => Query.Where(c => c.Person == person).OrderBy(c => c.Start);
}

public sealed class DueBy : Specification<Contract>
{
    public DueBy(DateOnly day) => Query.Where(c => c.Start <= day);
}
