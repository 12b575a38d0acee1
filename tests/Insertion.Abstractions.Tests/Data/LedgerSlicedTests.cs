using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests.Data;

/// <summary><see cref="LedgerSliced{T}"/> selects what its inner specification selects, in its order and page, and names the slice.</summary>
public sealed class LedgerSlicedTests
{
    private sealed record Row(string Key, int N, string Group) : IAggregateRoot
    {
        public long Version { get; set; }
    }

    private sealed class Paged : Specification<Row>
    {
        public Paged(int min) => Query.Where(r => r.N >= min).OrderBy(r => r.Group).ThenByDescending(r => r.N).Skip(1).Take(4);
    }

    private sealed class Searching : Specification<Row>
    {
        public Searching() => Query.Search(r => r.Group, "%a%");
    }

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public void A_sliced_specification_selects_the_rows_of_its_inner_one_in_its_order(int seed)
    {
        var r = new Random(seed);
        var rows = Enumerable.Range(0, 20).Select(i => new Row($"r{i}", r.Next(10), r.Next(3) == 0 ? "a" : "b")).ToList();
        var inner = new Paged(r.Next(10));
        var sliced = new LedgerSliced<Row>(inner, LedgerSlice.None);
        Assert.Equal(inner.Evaluate(rows).Select(x => x.Key), sliced.Evaluate(rows).Select(x => x.Key));
        Assert.Same(LedgerSlice.None, sliced.Slice);
    }

    [Fact]
    public void A_specification_whose_search_would_be_lost_is_refused()
    {
        Assert.Throws<NotSupportedException>(() => new LedgerSliced<Row>(new Searching(), LedgerSlice.None));
    }
}
