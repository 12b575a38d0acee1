using Ardalis.Specification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Abstractions.Tests;

/// <summary>
/// The in-memory repository's own evaluation (indexes, lambdas compiled once per shape; issue #26,
/// Scale point 2) returns exactly what Ardalis' InMemorySpecificationEvaluator returns over the same
/// rows in insertion order, also after updates and deletes move indexed values.
/// </summary>
public sealed class InMemoryQueryTests
{
    public enum Kind
    {
        Draft,
        Active,
        Ended,
    }

    public sealed class Row(string key) : IAggregateRoot
    {
        public string Key { get; } = key;

        public long Version { get; set; }

        public PersonId Person { get; set; }

        public Kind State { get; set; }

        public Kind? Maybe { get; set; }

        public int Number { get; set; }

        public string? Workshop { get; set; }

        public DateOnly Day { get; set; }

        public DateOnly? Due { get; set; }

        public (string, PersonId, Kind, Kind?, int, string?, DateOnly, DateOnly?) Values => (Key, Person, State, Maybe, Number, Workshop, Day, Due);

        public void Set(Values v)
        {
            Person = new PersonId("p" + v.Person);
            State = (Kind)v.State;
            Maybe = v.Maybe == 3 ? null : (Kind)v.Maybe;
            Number = v.Number;
            Workshop = v.Workshop == 0 ? null : "w" + v.Workshop;
            Day = Origin.AddDays(v.Day);
            Due = v.Due == 21 ? null : Origin.AddDays(v.Due);
        }
    }

    public sealed record Values(int Person, int State, int Maybe, int Number, int Workshop, int Day, int Due);

    public sealed record Op(int Kind, int Key, Values Values);

    private static readonly DateOnly Origin = new(2026, 1, 1);

    public sealed class OfPerson : Specification<Row>
    {
        public OfPerson(int person, bool ordered)
        {
            var id = new PersonId("p" + person);
            Query.Where(r => r.Person == id);
            if (ordered)
            {
                Query.OrderByDescending(r => r.Number).ThenBy(r => r.Key);
            }
        }
    }

    public sealed class InStateFrom : Specification<Row>
    {
        public InStateFrom(int state, int minNumber)
        {
            var kind = (Kind)state;
            Query.Where(r => r.State == kind && r.Number >= minNumber);
        }
    }

    public sealed class MaybeIs : Specification<Row>
    {
        public MaybeIs(int state)
        {
            Kind? s = state == 3 ? null : (Kind)state;
            Query.Where(r => r.Maybe == s).Take(3);
        }
    }

    public sealed class OfWorkshopAndState : Specification<Row>
    {
        public OfWorkshopAndState(int workshop, int state)
        {
            var w = workshop == 0 ? null : "w" + workshop;
            Kind? s = state == 3 ? null : (Kind)state;
            Query.Where(r => r.Workshop == w && (s == null || r.State == s)).Where(r => CddiLike.Ended != r.State);
        }
    }

    public sealed class WithKeys : Specification<Row>
    {
        public WithKeys(int[] keys)
        {
            var set = keys.Select(k => "k" + k).ToHashSet(StringComparer.Ordinal);
            Query.Where(r => set.Contains(r.Key)).OrderBy(r => r.Day);
        }
    }

    public sealed class DueBy : Specification<Row>
    {
        public DueBy(int day, int skip)
        {
            var on = Origin.AddDays(day);
            Query.Where(r => r.Due <= on && r.Day >= Origin.AddDays(day / 2)).Skip(skip);
        }
    }

    public sealed class NumberBetween : Specification<Row>
    {
        public NumberBetween(int low, int high, int day)
        {
            var on = Origin.AddDays(day);
            Query.Where(r => low < r.Number && r.Number <= high).Where(r => on >= r.Day || r.Number == 0);
        }
    }

    public sealed class DayRange : Specification<Row>
    {
        public DayRange(int from, int to, int person)
        {
            var first = Origin.AddDays(from);
            var last = Origin.AddDays(to);
            var id = new PersonId("p" + person);
            Query.Where(r => r.Day >= first && r.Day < last && r.Due > first && (person == 4 || r.Person == id)).OrderBy(r => r.Due).ThenByDescending(r => r.Key);
        }
    }

    public sealed class Everything : Specification<Row>
    {
        public Everything() => Query.OrderBy(r => r.Workshop);
    }

    private static class CddiLike
    {
        public const Kind Ended = Kind.Ended;
    }

    private static Gen<Values> ValuesGen =>
        from p in Gen.Choose(0, 3)
        from s in Gen.Choose(0, 2)
        from m in Gen.Choose(0, 3)
        from n in Gen.Choose(0, 9)
        from w in Gen.Choose(0, 3)
        from d in Gen.Choose(0, 20)
        from due in Gen.Choose(0, 21)
        select new Values(p, s, m, n, w, d, due);

    private static Gen<List<Op>> OpsGen =>
        Gen.ListOf(
            from kind in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
            from key in Gen.Choose(0, 15)
            from values in ValuesGen
            select new Op(kind, key, values)).Select(l => l.ToList());

    private static Gen<List<Specification<Row>>> SpecsGen =>
        Gen.ListOf(Gen.OneOf(
            from p in Gen.Choose(0, 4) from o in Gen.Elements(true, false) select (Specification<Row>)new OfPerson(p, o),
            from s in Gen.Choose(0, 2) from n in Gen.Choose(0, 9) select (Specification<Row>)new InStateFrom(s, n),
            from s in Gen.Choose(0, 3) select (Specification<Row>)new MaybeIs(s),
            from w in Gen.Choose(0, 3) from s in Gen.Choose(0, 3) select (Specification<Row>)new OfWorkshopAndState(w, s),
            from keys in Gen.ArrayOf(Gen.Choose(0, 17)) select (Specification<Row>)new WithKeys(keys),
            from d in Gen.Choose(0, 21) from skip in Gen.Choose(0, 2) select (Specification<Row>)new DueBy(d, skip),
            from low in Gen.Choose(-1, 9) from high in Gen.Choose(0, 10) from d in Gen.Choose(0, 20) select (Specification<Row>)new NumberBetween(low, high, d),
            from f in Gen.Choose(0, 20) from t in Gen.Choose(0, 21) from p in Gen.Choose(0, 4) select (Specification<Row>)new DayRange(f, t, p),
            Gen.Constant((Specification<Row>)new Everything()))).Select(l => l.ToList());

    [Property(MaxTest = 100)]
    public Property The_store_returns_what_Ardalis_evaluator_returns_after_every_add_update_and_delete() =>
        Prop.ForAll(OpsGen.ToArbitrary(), SpecsGen.ToArbitrary(), (ops, specs) =>
        {
            var repository = new InMemoryRepository<Row>();
            var model = new List<Row>();
            foreach (var op in ops)
            {
                Apply(repository, model, op);
                foreach (var spec in specs)
                {
                    var expected = InMemorySpecificationEvaluator.Default.Evaluate(model, spec).Select(r => r.Values).ToList();
                    var actual = repository.ListAsync(spec).GetAwaiter().GetResult().Select(r => r.Values).ToList();
                    var count = WhereEvaluator.Instance.Evaluate(model, spec).Count();
                    if (!expected.SequenceEqual(actual)
                        || repository.CountAsync(spec).GetAwaiter().GetResult() != count
                        || repository.AnyAsync(spec).GetAwaiter().GetResult() != count > 0)
                    {
                        return false;
                    }
                }
            }
            return true;
        });

    private static void Apply(InMemoryRepository<Row> repository, List<Row> model, Op op)
    {
        var key = "k" + op.Key;
        var at = model.FindIndex(r => r.Key == key);
        if (op.Kind == 2)
        {
            if (at >= 0)
            {
                repository.DeleteAsync(repository.Find(key)!).GetAwaiter().GetResult();
                model.RemoveAt(at);
            }
            return;
        }
        var row = new Row(key);
        row.Set(op.Values);
        if (at < 0)
        {
            repository.AddAsync(row).GetAwaiter().GetResult();
            model.Add(row);
            return;
        }
        var loaded = repository.Find(key)!;
        loaded.Set(op.Values);
        repository.UpdateAsync(loaded).GetAwaiter().GetResult();
        model[at] = row;
    }

    [Fact]
    public async Task Two_instances_of_one_specification_with_different_captured_values_find_different_rows()
    {
        var repository = new InMemoryRepository<Row>();
        foreach (var (key, person) in new[] { ("a", 1), ("b", 2), ("c", 1) })
        {
            var row = new Row(key);
            row.Set(new Values(person, 0, 0, 0, 0, 0, 0));
            await repository.AddAsync(row);
        }
        Assert.Equal(["a", "c"], (await repository.ListAsync(new OfPerson(1, false))).Select(r => r.Key));
        Assert.Equal(["b"], (await repository.ListAsync(new OfPerson(2, false))).Select(r => r.Key));
        Assert.Empty(await repository.ListAsync(new OfPerson(3, false)));
        Assert.Equal(3, await repository.CountAsync(new InStateFrom(0, 0)));
        Assert.Equal(0, await repository.CountAsync(new InStateFrom(0, 1)));
    }

    [Fact]
    public async Task A_loaded_row_changed_but_not_saved_does_not_move_in_the_index()
    {
        var repository = new InMemoryRepository<Row>();
        var row = new Row("a");
        row.Set(new Values(1, 0, 0, 0, 0, 0, 0));
        await repository.AddAsync(row);
        Assert.Single(await repository.ListAsync(new OfPerson(1, false)));
        var loaded = (await repository.GetByIdAsync("a"))!;
        loaded.Person = new PersonId("p2");
        Assert.Single(await repository.ListAsync(new OfPerson(1, false)));
        Assert.Empty(await repository.ListAsync(new OfPerson(2, false)));
        await repository.UpdateAsync(loaded);
        Assert.Empty(await repository.ListAsync(new OfPerson(1, false)));
        Assert.Single(await repository.ListAsync(new OfPerson(2, false)));
    }
}
