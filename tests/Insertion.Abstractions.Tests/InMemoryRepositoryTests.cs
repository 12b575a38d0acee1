using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Abstractions.Tests;

/// <summary>The default in-memory store behaves as a database: copies, versions, units of work.</summary>
public sealed class InMemoryRepositoryTests
{
    private sealed class Thing(string key, int value) : IAggregateRoot
    {
        private readonly List<int> _history = [value];

        public string Key { get; } = key;

        public long Version { get; set; }

        public int Value { get; private set; } = value;

        public IReadOnlyList<int> History => _history;

        public void Set(int value)
        {
            Value = value;
            _history.Add(value);
        }
    }

    private static (InMemoryRepository<Thing> A, InMemoryRepository<Thing> B, InMemoryUnitOfWork UowA) TwoWriters()
    {
        var store = new InMemoryStore();
        var uowA = new InMemoryUnitOfWork(store);
        return (new InMemoryRepository<Thing>(uowA), new InMemoryRepository<Thing>(new InMemoryUnitOfWork(store)), uowA);
    }

    [Fact]
    public async Task Two_items_with_one_key_are_refused_as_a_conflict()
    {
        var repo = new InMemoryRepository<Thing>();
        await repo.AddAsync(new Thing("a", 1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repo.AddAsync(new Thing("a", 2)));
        Assert.Equal(1, (await repo.GetByIdAsync("a"))!.Value);
    }

    [Fact]
    public async Task Update_saves_and_moves_the_version_delete_removes()
    {
        var repo = new InMemoryRepository<Thing>();
        var thing = new Thing("a", 1);
        await repo.AddAsync(thing);
        Assert.Equal(1, thing.Version);
        thing.Set(5);
        Assert.Equal(1, await repo.UpdateAsync(thing));
        Assert.Equal(2, thing.Version);
        Assert.Equal(5, repo.Find("a")!.Value);
        Assert.Equal(2, repo.Find("a")!.Version);
        Assert.Equal(1, await repo.DeleteAsync(thing));
        Assert.Null(repo.Find("a"));
        Assert.Equal(0, await repo.CountAsync());
    }

    [Fact]
    public async Task A_loaded_aggregate_is_a_copy_changing_it_changes_nothing_stored_until_saved()
    {
        var repo = new InMemoryRepository<Thing>();
        await repo.AddAsync(new Thing("a", 1));
        var loaded = (await repo.GetByIdAsync("a"))!;
        loaded.Set(9);
        var again = (await repo.GetByIdAsync("a"))!;
        Assert.NotSame(loaded, again);
        Assert.Equal(1, again.Value);
        Assert.Equal([1], again.History);
    }

    [Fact]
    public async Task A_stale_save_fails_with_the_conflict_exception_and_changes_nothing()
    {
        var (a, b, _) = TwoWriters();
        await a.AddAsync(new Thing("x", 1));
        var byA = (await a.GetByIdAsync("x"))!;
        var byB = (await b.GetByIdAsync("x"))!;
        byA.Set(2);
        await a.UpdateAsync(byA);
        byB.Set(3);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => b.UpdateAsync(byB));
        Assert.Equal(("Thing", "x"), (ex.AggregateType, ex.Key));
        Assert.Equal([1, 2], (await b.GetByIdAsync("x"))!.History);
    }

    [Fact]
    public async Task A_unit_of_work_saves_both_or_neither()
    {
        var (a, b, uowA) = TwoWriters();
        await a.AddAsync(new Thing("x", 1));
        await a.AddAsync(new Thing("y", 1));
        var x = (await a.GetByIdAsync("x"))!;
        var y = (await a.GetByIdAsync("y"))!;
        var yByB = (await b.GetByIdAsync("y"))!;
        yByB.Set(7);
        await b.UpdateAsync(yByB); // y moves on meanwhile
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => uowA.ExecuteAsync(async ct =>
        {
            x.Set(2);
            await a.UpdateAsync(x, ct);
            y.Set(2);
            await a.UpdateAsync(y, ct);
            await a.AddAsync(new Thing("z", 1), ct);
        }));
        Assert.Equal(1, (await a.GetByIdAsync("x"))!.Value);
        Assert.Equal(7, (await a.GetByIdAsync("y"))!.Value);
        Assert.Null(await a.GetByIdAsync("z"));
    }

    [Fact]
    public async Task A_unit_of_work_that_throws_writes_nothing()
    {
        var repo = new InMemoryRepository<Thing>();
        var uow = new InMemoryUnitOfWork(new InMemoryStore());
        var scoped = new InMemoryRepository<Thing>(uow);
        await Assert.ThrowsAsync<InvalidOperationException>(() => uow.ExecuteAsync(async ct =>
        {
            await scoped.AddAsync(new Thing("a", 1), ct);
            throw new InvalidOperationException("refused half-way");
        }));
        Assert.Equal(0, await scoped.CountAsync());
        Assert.Equal(0, await repo.CountAsync());
    }

    [Fact]
    public async Task Eight_concurrent_writers_of_one_aggregate_lose_no_update_when_they_retry()
    {
        var store = new InMemoryStore();
        await new InMemoryRepository<Thing>(new InMemoryUnitOfWork(store)).AddAsync(new Thing("n", 0));
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await ConcurrencyConflictException.RetryAsync(async () =>
                {
                    var repo = new InMemoryRepository<Thing>(new InMemoryUnitOfWork(store));
                    var t = (await repo.GetByIdAsync("n"))!;
                    t.Set(t.Value + 1);
                    try
                    {
                        await repo.UpdateAsync(t);
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                        throw;
                    }
                }, attempts: 1000);
            }
        })));
        var final = (await new InMemoryRepository<Thing>(new InMemoryUnitOfWork(store)).GetByIdAsync("n"))!;
        Assert.Equal(200, final.Value);
        Assert.Equal(201, final.History.Count);
        Assert.Equal(201, final.Version);
    }

    [Fact]
    public async Task Two_containers_over_one_store_see_each_others_saves_in_scoped_repositories()
    {
        var store = new InMemoryStore();
        ServiceProvider Host()
        {
            var services = new ServiceCollection();
            services.AddSingleton(store);
            services.AddInsertion();
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        }
        await using var one = Host();
        await using var two = Host();
        await using (var scope = one.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPersonDirectory>().RegisterAsync(new PersonProfile(new PersonId("p1"), new DateOnly(1990, 1, 1), Sex.F));
        }
        await using (var scope = two.CreateAsyncScope())
        {
            var p = await scope.ServiceProvider.GetRequiredService<IPersonDirectory>().GetAsync(new PersonId("p1"));
            Assert.Equal(new DateOnly(1990, 1, 1), p.BirthDate);
        }
    }

    [Fact]
    public async Task Two_claims_of_one_person_in_concurrent_units_let_one_win()
    {
        var store = new InMemoryStore();
        var setup = new PersonDirectory(new InMemoryRepository<PersonProfile>(new InMemoryUnitOfWork(store)));
        await setup.RegisterAsync(new PersonProfile(new PersonId("p"), new DateOnly(1990, 1, 1), Sex.M));
        var uow1 = new InMemoryUnitOfWork(store);
        var uow2 = new InMemoryUnitOfWork(store);
        var d1 = new PersonDirectory(new InMemoryRepository<PersonProfile>(uow1));
        var d2 = new PersonDirectory(new InMemoryRepository<PersonProfile>(uow2));
        var gate = new TaskCompletionSource();
        var first = uow1.ExecuteAsync(async ct =>
        {
            await d1.ClaimAsync(new PersonId("p"), ct);
            await gate.Task;
        });
        await uow2.ExecuteAsync(ct => d2.ClaimAsync(new PersonId("p"), ct));
        gate.SetResult();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => first);
    }
}
