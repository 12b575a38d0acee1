using Ardalis.Specification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>
/// The in-memory repository (Ardalis' InMemorySpecificationEvaluator) and the IQueryable evaluator
/// (composed from WhereEvaluator, OrderEvaluator, PaginationEvaluator) agree on every specification.
/// </summary>
public sealed class SpecificationEvaluatorTests
{
    public sealed record Item(string Key, int Number, string Workshop, DateOnly End) : IAggregateRoot
    {
        public long Version { get; set; }
    }

    /// <summary>A random specification: filters, a two-level order, paging.</summary>
    public sealed class RandomSpec : Specification<Item>
    {
        public RandomSpec(int minNumber, string? workshop, int orderBy, bool descending, int? skip, int? take)
        {
            Query.Where(i => i.Number >= minNumber);
            if (workshop is not null)
            {
                Query.Where(i => i.Workshop == workshop);
            }
            var ordered = (orderBy % 3, descending) switch
            {
                (0, false) => Query.OrderBy(i => i.Number),
                (0, true) => Query.OrderByDescending(i => i.Number),
                (1, false) => Query.OrderBy(i => i.End),
                (1, true) => Query.OrderByDescending(i => i.End),
                (_, false) => Query.OrderBy(i => i.Workshop),
                (_, true) => Query.OrderByDescending(i => i.Workshop),
            };
            ordered.ThenBy(i => i.Key);
            if (skip is { } s)
            {
                Query.Skip(s);
            }
            if (take is { } t)
            {
                Query.Take(t);
            }
        }
    }

    private static readonly string[] Workshops = ["ilot-gourmand", "auto-bleue", "agr-ilot", "etap-web"];

    private static Gen<(int Number, string Workshop, int Day)> ItemGen =>
        from n in Gen.Choose(0, 50)
        from w in Gen.Elements(Workshops)
        from d in Gen.Choose(0, 400)
        select (n, w, d);

    private static Gen<List<Item>> ItemsGen =>
        from raw in Gen.ListOf(ItemGen)
        select raw.Select((r, i) => new Item("k" + i, r.Number, r.Workshop, new DateOnly(2026, 1, 1).AddDays(r.Day))).ToList();

    private static Gen<RandomSpec> SpecGen =>
        from min in Gen.Choose(0, 50)
        from w in Gen.Elements<string?>([null, .. Workshops])
        from o in Gen.Choose(0, 2)
        from desc in Gen.Elements(true, false)
        from skip in Gen.Elements<int?>(null, 0, 1, 3, 10)
        from take in Gen.Elements<int?>(null, 1, 2, 5, 50)
        select new RandomSpec(min, w, o, desc, skip, take);

    [Property]
    public Property In_memory_and_queryable_evaluators_return_the_same_items_in_the_same_order() =>
        Prop.ForAll(ItemsGen.ToArbitrary(), SpecGen.ToArbitrary(), (items, spec) =>
        {
            var repository = new InMemoryRepository<Item>();
            foreach (var item in items)
            {
                repository.AddAsync(item).GetAwaiter().GetResult();
            }
            var fromMemory = repository.ListAsync(spec).GetAwaiter().GetResult();
            var fromQuery = QueryableSpecificationEvaluator.Default.GetQuery(items.AsQueryable(), spec).ToList();
            return fromMemory.SequenceEqual(fromQuery);
        });

    [Property]
    public Property Count_ignores_paging_in_both_evaluators() =>
        Prop.ForAll(ItemsGen.ToArbitrary(), SpecGen.ToArbitrary(), (items, spec) =>
        {
            var repository = new InMemoryRepository<Item>();
            repository.AddRangeAsync(items).GetAwaiter().GetResult();
            var count = repository.CountAsync(spec).GetAwaiter().GetResult();
            return count == QueryableSpecificationEvaluator.Default.GetQuery(items.AsQueryable(), spec, evaluateCriteriaOnly: true).Count();
        });

    [Fact]
    public void The_queryable_evaluator_builds_an_expression_tree_not_a_client_filter()
    {
        var query = QueryableSpecificationEvaluator.Default.GetQuery(
            new List<Item>().AsQueryable(), new RandomSpec(3, "etap-web", 1, false, 1, 2));
        var text = query.Expression.ToString();
        Assert.Contains("Where", text, StringComparison.Ordinal);
        Assert.Contains("OrderBy", text, StringComparison.Ordinal);
        Assert.Contains("Take", text, StringComparison.Ordinal);
    }
}
