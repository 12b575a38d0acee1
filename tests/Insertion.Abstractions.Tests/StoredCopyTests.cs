using System.Collections.Immutable;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>
/// The in-memory store's compiled copier (issue #26, Scale point 2): a loaded aggregate is a deep copy
/// (private, readonly and base-class fields, arrays, structs holding references), keeps the shape of its
/// graph (shared references and cycles), and shares what never changes ([StoredImmutable], immutable collections).
/// </summary>
public sealed class StoredCopyTests
{
    [StoredImmutable]
    public sealed class Log(IReadOnlyList<int> entries)
    {
        public IReadOnlyList<int> Entries { get; } = entries;
    }

    public sealed class Node
    {
        public Node? Next { get; set; }

        public List<int> Values { get; } = [];
    }

    public record struct Slot(string Name, List<int> Items);

    public abstract class Base(string key) : IAggregateRoot
    {
        private readonly List<string> _baseNotes = ["base"];

        public string Key { get; } = key;

        public long Version { get; set; }

        public List<string> BaseNotes => _baseNotes;
    }

    public sealed class Aggregate(string key) : Base(key)
    {
        private readonly int[] _numbers = [1, 2, 3];
        private readonly List<int>[] _lists = [[1], [2]];
        private readonly Slot[] _slots = [new("a", [1])];
        private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal) { ["x"] = [1] };
        private readonly Lock _gate = new();

        public int[] Numbers => _numbers;

        public List<int>[] Lists => _lists;

        public Slot[] Slots => _slots;

        public Slot Single { get; set; } = new("s", [7]);

        public Dictionary<string, List<int>> ByName => _byName;

        public Lock Gate => _gate;

        public object? Boxed { get; set; }

        public Node? First { get; set; }

        public Node? Second { get; set; }

        public Log? Log { get; set; }

        public ImmutableList<int> Immutable { get; set; } = [];
    }

    private static async Task<(InMemoryRepository<Aggregate> Repository, Aggregate Saved)> Stored(Action<Aggregate>? setup = null)
    {
        var repository = new InMemoryRepository<Aggregate>();
        var saved = new Aggregate("a");
        setup?.Invoke(saved);
        await repository.AddAsync(saved);
        return (repository, saved);
    }

    [Fact]
    public async Task Changing_every_part_of_a_loaded_aggregate_changes_nothing_stored()
    {
        var (repository, _) = await Stored(a => a.Boxed = new Slot("b", [5]));
        var loaded = (await repository.GetByIdAsync("a"))!;
        loaded.BaseNotes.Add("changed");
        loaded.Numbers[0] = 99;
        loaded.Lists[0].Add(99);
        loaded.Slots[0].Items.Add(99);
        loaded.Single.Items.Add(99);
        loaded.ByName["x"].Add(99);
        loaded.ByName["y"] = [];
        ((Slot)loaded.Boxed!).Items.Add(99);

        var again = (await repository.GetByIdAsync("a"))!;
        Assert.Equal(["base"], again.BaseNotes);
        Assert.Equal([1, 2, 3], again.Numbers);
        Assert.Equal([1], again.Lists[0]);
        Assert.Equal([1], again.Slots[0].Items);
        Assert.Equal([7], again.Single.Items);
        Assert.Equal([1], again.ByName["x"]);
        Assert.False(again.ByName.ContainsKey("y"));
        Assert.Equal([5], ((Slot)again.Boxed!).Items);
        loaded.Gate.Enter();
        var otherIsFree = false;
        var other = new Thread(() =>
        {
            otherIsFree = again.Gate.TryEnter();
            if (otherIsFree)
            {
                again.Gate.Exit();
            }
        });
        other.Start();
        other.Join();
        loaded.Gate.Exit();
        Assert.True(otherIsFree); // each copy has its own lock
    }

    [Fact]
    public async Task Changing_the_saved_instance_after_saving_changes_nothing_stored()
    {
        var (repository, saved) = await Stored();
        saved.Lists[1].Add(42);
        Assert.Equal([2], (await repository.GetByIdAsync("a"))!.Lists[1]);
    }

    [Fact]
    public async Task Shared_references_and_cycles_keep_their_shape_in_the_copy()
    {
        var (repository, _) = await Stored(a =>
        {
            var node = new Node();
            node.Next = node;
            a.First = node;
            a.Second = node;
        });
        var loaded = (await repository.GetByIdAsync("a"))!;
        Assert.Same(loaded.First, loaded.Second);
        Assert.Same(loaded.First, loaded.First!.Next);
        loaded.First.Values.Add(1);
        Assert.Empty((await repository.GetByIdAsync("a"))!.First!.Values);
    }

    [Fact]
    public async Task StoredImmutable_instances_and_immutable_collections_are_shared_not_copied()
    {
        var log = new Log([1, 2]);
        var immutable = ImmutableList.Create(1, 2, 3);
        var (repository, _) = await Stored(a =>
        {
            a.Log = log;
            a.Immutable = immutable;
        });
        var loaded = (await repository.GetByIdAsync("a"))!;
        Assert.Same(log, loaded.Log);
        Assert.Same(immutable, loaded.Immutable);
    }

    [Fact]
    public async Task A_class_not_marked_StoredImmutable_is_copied()
    {
        var (repository, saved) = await Stored(a => a.First = new Node());
        Assert.NotSame(saved.First, (await repository.GetByIdAsync("a"))!.First);
    }

    public sealed record Frozen(string Name, DateOnly On, WorkMinutes Minutes, string? Note);

    public sealed record Holding(string Name, List<int> Items);

    public sealed record Settable(string Name)
    {
        public int Count { get; set; }
    }

    public sealed class Holder : IAggregateRoot
    {
        public Frozen? Frozen { get; set; }

        public Holding? Holding { get; set; }

        public Settable? Settable { get; set; }

        public string Key => "h";

        public long Version { get; set; }
    }

    [Fact]
    public async Task A_record_whose_every_field_is_readonly_and_shared_is_shared_one_holding_a_list_or_a_setter_is_copied()
    {
        var repository = new InMemoryRepository<Holder>();
        var saved = new Holder
        {
            Frozen = new Frozen("a", new DateOnly(2026, 1, 5), new WorkMinutes(60), null),
            Holding = new Holding("b", [1]),
            Settable = new Settable("c") { Count = 1 },
        };
        await repository.AddAsync(saved);
        var loaded = (await repository.GetByIdAsync("h"))!;
        Assert.Same(saved.Frozen, loaded.Frozen);
        Assert.NotSame(saved.Holding, loaded.Holding);
        Assert.NotSame(saved.Holding!.Items, loaded.Holding!.Items);
        Assert.NotSame(saved.Settable, loaded.Settable);
        loaded.Settable!.Count = 2;
        Assert.Equal(1, (await repository.GetByIdAsync("h"))!.Settable!.Count);
    }
}
