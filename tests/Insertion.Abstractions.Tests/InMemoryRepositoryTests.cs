using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>The default in-memory store.</summary>
public sealed class InMemoryRepositoryTests
{
    private sealed record Thing(string Key, int Value) : IAggregateRoot;

    [Fact]
    public async Task Two_items_with_one_key_are_refused()
    {
        var repo = new InMemoryRepository<Thing>();
        await repo.AddAsync(new Thing("a", 1));
        await Assert.ThrowsAsync<InvalidOperationException>(() => repo.AddAsync(new Thing("a", 2)));
        Assert.Equal(1, (await repo.GetByIdAsync("a"))!.Value);
    }

    [Fact]
    public async Task Update_replaces_and_delete_removes()
    {
        var repo = new InMemoryRepository<Thing>();
        await repo.AddAsync(new Thing("a", 1));
        Assert.Equal(1, await repo.UpdateAsync(new Thing("a", 5)));
        Assert.Equal(5, repo.Find("a")!.Value);
        Assert.Equal(1, await repo.DeleteAsync(new Thing("a", 5)));
        Assert.Null(repo.Find("a"));
        Assert.Equal(0, await repo.CountAsync());
    }

    [Fact]
    public async Task Concurrent_adds_are_all_kept()
    {
        var repo = new InMemoryRepository<Thing>();
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => repo.AddAsync(new Thing("k" + i, i)))));
        Assert.Equal(200, await repo.CountAsync());
    }
}
