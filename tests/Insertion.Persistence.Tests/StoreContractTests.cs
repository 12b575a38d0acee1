using Ardalis.Specification;
using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Tests;

/// <summary>
/// What every database store must do as the in-memory one does (docs/host-conventions.md): lossless
/// round trips, specifications as SQL with the same rows, versions, units of work all-or-nothing,
/// concurrent writers. Run on a real SQLite file and on a real PostgreSQL server by the derived classes.
/// </summary>
public abstract class StoreContractTests
{
    protected abstract Task<TestStore> NewStoreAsync();

    private static LegalParameters P => Generators.Parameters;

    protected async Task RoundTripOfEveryAggregateIsLossless(int seed)
    {
        await using var store = await NewStoreAsync();
        var g = new Generators(seed);
        var people = Enumerable.Range(0, 12).Select(g.Person).ToList();
        var passes = people.Select((p, i) => g.Pass(i, p)).ToList();
        var contracts = Enumerable.Range(0, 12).Select(i => g.Contract(i)).ToList();
        var ledgers = Enumerable.Range(0, 12).Select(g.Ledger).ToList();
        var exits = Enumerable.Range(0, 12).Select(g.Exit).ToList();
        await store.AddAsync(people);
        await store.AddAsync(passes);
        await store.AddAsync(contracts);
        await store.AddAsync(ledgers);
        await store.AddAsync(exits);
        await AssertLoadedEqualAsync(store, people);
        await AssertLoadedEqualAsync(store, passes);
        await AssertLoadedEqualAsync(store, contracts);
        await AssertLoadedEqualAsync(store, ledgers);
        await AssertLoadedEqualAsync(store, exits);
    }

    private static async Task AssertLoadedEqualAsync<T>(TestStore store, IReadOnlyList<T> saved) where T : class, IAggregateRoot
    {
        var all = await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<T>>().ListAsync());
        Assert.Equal(saved.Count, all.Count);
        foreach (var item in saved)
        {
            var loaded = await store.FindAsync<T>(item.Key);
            Assert.NotNull(loaded);
            Assert.NotSame(item, loaded);
            Assert.Equal(1, loaded.Version);
            Assert.Equal(Generators.Observable(item), Generators.Observable(loaded));
        }
    }

    protected async Task ChangesAfterLoadingRoundTripToo(int seed)
    {
        await using var store = await NewStoreAsync();
        var g = new Generators(seed);
        var ledger = g.Ledger(1);
        await store.AddAsync([ledger]);
        // Append in another scope, then compare with the same appends done in memory.
        var loaded = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        for (var i = 0; i < 10; i++)
        {
            var line = new WorkedHoursLine(ledger.Contract, new DateOnly(2027, 3, 1).AddDays(i), new WorkMinutes(60 + i), $"more{i}", "cip");
            loaded.Record(line);
            ledger.Record(line);
        }
        loaded.Reverse(new HoursReversal(ledger.Contract, "more3", "undo3", "cip", "typo"));
        ledger.Reverse(new HoursReversal(ledger.Contract, "more3", "undo3", "cip", "typo"));
        await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(loaded));
        var again = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        Assert.Equal(2, again.Version);
        Assert.Equal(Generators.Observable(ledger), Generators.Observable(again));
    }

    /// <summary>The Contracts specifications that are SQL, each with random arguments.</summary>
    private static IEnumerable<(string Name, Func<IServiceProvider, Task<List<string>>> Run)> Specifications(Generators g)
    {
        static Func<IServiceProvider, Task<List<string>>> On<T>(ISpecification<T> spec) where T : class, IAggregateRoot =>
            async sp => (await sp.GetRequiredService<IRepository<T>>().ListAsync(spec)).Select(e => e.Key).ToList();

        var workshops = new[] { "ilot-gourmand", "auto-bleue", "agr-ilot", "etap-web" };
        for (var i = 0; i < 4; i++)
        {
            var workshop = new WorkshopId(workshops[g.Random.Next(4)]);
            CddiState? state = g.Random.Next(5) is var s && s < 4 ? (CddiState)s : null;
            var today = g.Day();
            var days = g.Random.Next(200);
            var person = new PersonId($"p{g.Random.Next(40):D5}");
            var year = 2024 + g.Random.Next(4);
            yield return ($"ContractsByWorkshopAndStateSpec({workshop}, {state})", On(new ContractsByWorkshopAndStateSpec(workshop, state)));
            yield return ($"ContractsEndingWithinSpec({today}, {days})", On(new ContractsEndingWithinSpec(today, days)));
            yield return ($"TrialsEndingWithinSpec({today}, {days})", On(new TrialsEndingWithinSpec(today, days)));
            yield return ($"ContractsOfPersonSpec({person})", On(new ContractsOfPersonSpec(person)));
            yield return ($"PassesOfPersonSpec({person})", On(new PassesOfPersonSpec(person)));
            yield return ($"ExitsByWorkshopAndYearSpec({workshop}, {year})", On(new ExitsByWorkshopAndYearSpec(workshop, year)));
            yield return ($"ExitsInYearSpec({year})", On(new ExitsInYearSpec(year)));
            var some = Enumerable.Range(0, 10).Select(_ => new ContractId($"c{g.Random.Next(60):D5}")).ToList();
            yield return ("LedgersOfContractsSpec", On(new LedgersOfContractsSpec(some)));
            var passes = Enumerable.Range(0, 10).Select(_ => new PassId($"a{g.Random.Next(60):D5}")).ToList();
            yield return ("PassesByIdSpec", On(new PassesByIdSpec(passes)));
        }
        yield return ("ContractsNotEndedSpec", On(new ContractsNotEndedSpec()));
    }

    protected async Task EveryContractsSpecificationReturnsTheRowsOfTheInMemoryStore(int seed)
    {
        await using var store = await NewStoreAsync();
        await using var memory = await TestStore.InMemoryAsync();
        var g = new Generators(seed);
        // 40 persons, each with 0 to 2 contracts; keys added in order (the in-memory store keeps
        // insertion order, the database breaks ties by key: the same order).
        var contracts = new List<CddiContract>();
        var passes = new List<PassIae>();
        for (var i = 0; i < 60; i++)
        {
            var person = g.Person(g.Random.Next(40));
            contracts.Add(g.Contract(i, person));
            passes.Add(g.Pass(i, person));
        }
        var ledgers = Enumerable.Range(0, 60).Where(i => i % 2 == 0).Select(g.Ledger).ToList();
        var exits = Enumerable.Range(0, 60).Select(g.Exit).ToList();
        foreach (var s in new[] { store, memory })
        {
            await s.AddAsync(contracts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Copy(c)));
            await s.AddAsync(passes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Copy(c)));
            await s.AddAsync(ledgers.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Copy(c)));
            await s.AddAsync(exits.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Copy(c)));
        }
        var nonEmpty = 0;
        foreach (var (name, run) in Specifications(g))
        {
            var expected = await memory.InScopeAsync(run);
            var actual = await store.InScopeAsync(run);
            Assert.True(expected.SequenceEqual(actual), $"{name}: in memory [{string.Join(",", expected)}], {store.Name} [{string.Join(",", actual)}]");
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty > 5, "the random data should make most specifications return rows");
        // The query of CddiService that no single specification answers: same rows, and the right ones.
        var passEnds = passes.ToDictionary(p => p.Key, p => p.End, StringComparer.Ordinal);
        var outlasting = contracts.Where(c => c.State != CddiState.Ended && passEnds.TryGetValue(c.Pass.Value, out var end) && end < c.End)
            .OrderBy(c => c.End).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        static Task<List<string>> Outlasting(TestStore s) =>
            s.InScopeAsync(async sp => (await sp.GetRequiredService<CddiService>().ContractsOutlastingPassAsync()).Select(c => c.Key).ToList());
        Assert.Equal(outlasting, await Outlasting(memory));
        Assert.Equal(outlasting, await Outlasting(store));
    }

    /// <summary>Every aggregate of the module, by key, as JSON of its observable state.</summary>
    private static async Task<List<(string Key, string State)>> AllAsync<T>(TestStore store) where T : class, IAggregateRoot =>
        (await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<T>>().ListAsync()))
            .Select(e => (e.Key, Generators.Observable(e))).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

    private static async Task AssertSameAggregatesAsync(TestStore expected, TestStore actual)
    {
        async Task Same<T>() where T : class, IAggregateRoot
        {
            var e = await AllAsync<T>(expected);
            var a = await AllAsync<T>(actual);
            Assert.Equal(e.Select(x => x.Key), a.Select(x => x.Key));
            for (var i = 0; i < e.Count; i++)
            {
                Assert.Equal(e[i].State, a[i].State);
            }
        }
        await Same<PersonProfile>();
        await Same<Insertion.Sentencing.TigMeasure>();
        await Same<Insertion.Sentencing.SoaSessionRecord>();
        await Same<Insertion.Sentencing.DeclaredPaidWeek>();
        await Same<Insertion.Cohorts.Cohort>();
        await Same<Insertion.Cohorts.PersonOutcomes>();
        // Disclosures have random keys (a new one per disclosure): compared on what they record.
        static List<string> Records(List<(string Key, string State)> all) =>
            all.Select(d => d.State.Replace($"\"Key\":\"{d.Key}\"", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Records(await AllAsync<Insertion.Cohorts.JusticeDisclosure>(expected)), Records(await AllAsync<Insertion.Cohorts.JusticeDisclosure>(actual)));
    }

    /// <summary>The Sentencing and Cohorts specifications, each with random arguments.</summary>
    private static IEnumerable<(string Name, Func<IServiceProvider, Task<List<string>>> Run)> ModuleSpecifications(Random r)
    {
        static Func<IServiceProvider, Task<List<string>>> On<T>(ISpecification<T> spec) where T : class, IAggregateRoot =>
            async sp =>
            {
                // Without an order the in-memory store answers in insertion order, a database by key: compared as sets.
                var keys = (await sp.GetRequiredService<IRepository<T>>().ListAsync(spec)).Select(e => e.Key).ToList();
                return spec.OrderExpressions.Any() ? keys : keys.Order(StringComparer.Ordinal).ToList();
            };

        for (var i = 0; i < 4; i++)
        {
            var today = new DateOnly(2025, 1, 6).AddDays(r.Next(500));
            var days = r.Next(200);
            var person = new PersonId($"p{r.Next(16):D4}");
            var territory = r.Next(2) == 0 ? TigTerritory.Somme : TigTerritory.Paris;
            Insertion.Sentencing.TigState? state = r.Next(3) == 0 ? null : (Insertion.Sentencing.TigState)r.Next(3);
            yield return ($"DeadlineWithinSpec({today}, {days})", On(new Insertion.Sentencing.DeadlineWithinSpec(today, days)));
            yield return ($"MeasuresByTerritorySpec({territory}, {state})", On(new Insertion.Sentencing.MeasuresByTerritorySpec(territory, state)));
            yield return ($"MeasuresOfPersonSpec({person})", On(new Insertion.Sentencing.MeasuresOfPersonSpec(person)));
            yield return ($"OverdueCandidatesSpec({today})", On(new Insertion.Sentencing.OverdueCandidatesSpec(today)));
            yield return ($"CohortsOfPersonSpec({person})", On(new Insertion.Cohorts.CohortsOfPersonSpec(person)));
            yield return ($"CohortsDueToStartSpec({today})", On(new Insertion.Cohorts.CohortsDueToStartSpec(today)));
            var some = Enumerable.Range(0, 6).Select(_ => new PersonId($"p{r.Next(16):D4}")).ToList();
            yield return ("OutcomesOfPeopleSpec", On(new Insertion.Cohorts.OutcomesOfPeopleSpec(some)));
        }
        yield return ("OpenMeasuresSpec", On(new Insertion.Sentencing.OpenMeasuresSpec()));
        yield return ("CohortsOfSiteSpec", On(new Insertion.Cohorts.CohortsOfSiteSpec("test-site")));
        yield return ("OpenedCohortsSpec", On(new Insertion.Cohorts.OpenedCohortsSpec()));
    }

    /// <summary>
    /// The same random year of the Sentencing and Cohorts modules, through their services, in the
    /// in-memory store and in the database: every aggregate loads back (in new contexts) equal on its
    /// observable state, and every specification returns the same rows in the same order.
    /// </summary>
    protected async Task EveryModuleAggregateAndSpecificationMatchesTheInMemoryStore(int seed)
    {
        await using var store = await NewStoreAsync();
        await using var memory = await TestStore.InMemoryAsync();
        await ModuleYear.RunAsync(memory, seed);
        await ModuleYear.RunAsync(store, seed);
        await AssertSameAggregatesAsync(memory, store);
        Assert.NotEmpty(await AllAsync<Insertion.Sentencing.TigMeasure>(store));
        Assert.NotEmpty(await AllAsync<Insertion.Cohorts.Cohort>(store));
        var r = new Random(seed);
        var nonEmpty = 0;
        foreach (var (name, run) in ModuleSpecifications(r))
        {
            var expected = await memory.InScopeAsync(run);
            var actual = await store.InScopeAsync(run);
            Assert.True(expected.SequenceEqual(actual), $"{name}: in memory [{string.Join(",", expected)}], {store.Name} [{string.Join(",", actual)}]");
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty > 5, "the random year should make most specifications return rows");
        // Progress reports load the measures' rows alone (no ledger entry): the same lines as in memory.
        var today = new DateOnly(2025, 6, 2);
        static Task<string> Progress(TestStore s, DateOnly on) => s.InScopeAsync(async sp =>
        {
            var reports = sp.GetRequiredService<Insertion.Sentencing.TigReportService>();
            var lines = (await reports.OpenProgressAsync(on)).Concat(await reports.DeadlineSoonAsync(on)).Concat(await reports.UnfinishedAtDeadlineAsync(on));
            return string.Join("\n", lines.Select(l => System.Text.Json.JsonSerializer.Serialize(l)).Order(StringComparer.Ordinal));
        });
        var progress = await Progress(memory, today);
        Assert.NotEmpty(progress);
        Assert.Equal(progress, await Progress(store, today));
    }

    // Each store gets its own instance (a store sets the version of what it saves).
    private static T Copy<T>(T item) where T : class, IAggregateRoot
    {
        var repo = new InMemoryRepository<T>();
        repo.AddAsync(item).GetAwaiter().GetResult();
        var copy = repo.Find(item.Key)!;
        copy.Version = 0;
        item.Version = 0;
        return copy;
    }

    protected async Task ASpecificationThatCannotBeSqlFailsLoudly()
    {
        await using var store = await NewStoreAsync();
        var g = new Generators(7);
        await store.AddAsync(Enumerable.Range(0, 5).Select(i => g.Contract(i)));
        // LegalDates month arithmetic has no SQL translation: EF refuses, it does not filter the table in memory.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.InScopeAsync(sp =>
            sp.GetRequiredService<IRepository<CddiContract>>().ListAsync(new ContractsAtRenewalCapSpec(6))));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.InScopeAsync(sp =>
            sp.GetRequiredService<IRepository<CddiContract>>().ListAsync(new ContractsOutlastingPassSpec(new Dictionary<string, DateOnly> { ["a00001"] = new(2025, 1, 1) }))));
        // CddiService answers it with SQL (the contracts not ended, then their PASS) and the PASS ends compared in memory.
        var outlasting = await store.InScopeAsync(sp => sp.GetRequiredService<CddiService>().ContractsOutlastingPassAsync());
        Assert.NotNull(outlasting);
    }

    /// <summary>
    /// Issue 26, point 3: the paid minutes per day come from one GROUP BY in the database, equal to
    /// the in-memory store's sums of the ledgers' day totals, for every ledger and for some contracts.
    /// </summary>
    protected async Task PaidHoursByDayAreSummedInTheDatabaseAsTheInMemoryStoreSumsThem(int seed)
    {
        await using var store = await NewStoreAsync();
        await using var memory = await TestStore.InMemoryAsync();
        var g = new Generators(seed);
        var ledgers = Enumerable.Range(0, 12).Select(g.Ledger).Where(l => l.Count > 0).ToList();
        await store.AddAsync(ledgers.Select(Copy));
        await memory.AddAsync(ledgers.Select(Copy));
        var period = new DateRange(new DateOnly(2024, 1, 1).AddDays(g.Random.Next(700)), new DateOnly(2027, 6, 30));
        var some = ledgers.Where((_, i) => i % 2 == 0).Select(l => l.Contract).Append(new ContractId("none")).ToList();
        foreach (var contracts in new[] { null, some })
        {
            var expected = await memory.InScopeAsync(sp => sp.GetRequiredService<IPaidHoursTotals>().ByDayAsync(period, contracts));
            var actual = await store.InScopeAsync(sp => sp.GetRequiredService<IPaidHoursTotals>().ByDayAsync(period, contracts));
            Assert.Equal(expected.Where(d => d.Minutes.Minutes != 0), actual.Where(d => d.Minutes.Minutes != 0));
        }
        for (var year = 2024; year <= 2027; year++)
        {
            var y = year;
            Assert.Equal(ledgers.Sum(l => l.InYear(y).Minutes), (await store.InScopeAsync(sp => sp.GetRequiredService<WorkedHoursService>().PaidHoursInYearAsync(y))).Minutes);
        }
    }

    protected async Task EightParallelWritersLoseNothingAndDuplicateNothing()
    {
        await using var store = await NewStoreAsync();
        var ledgers = Enumerable.Range(0, 3).Select(i => new ContractHoursLedger(new ContractId($"c{i:D5}"))).ToList();
        await store.AddAsync(ledgers);
        const int perWriter = 12;
        // Writer w appends keys k(w)..k(w+perWriter-1) to each ledger in turn: neighbours overlap.
        static WorkedHoursLine Line(ContractId c, int k) => new(c, new DateOnly(2026, 1, 1).AddDays(k), new WorkMinutes(30 + k), $"k{k}", "cip");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() => store.InScopeAsync(async sp =>
        {
            var uow = sp.GetRequiredService<IUnitOfWork>();
            var repo = sp.GetRequiredService<IRepository<ContractHoursLedger>>();
            var recorded = 0;
            for (var i = 0; i < perWriter; i++)
            {
                var k = w + i;
                var contract = ledgers[k % 3].Contract;
                var outcome = await ConcurrencyConflictException.RetryAsync(() => uow.ExecuteAsync(async ct =>
                {
                    var ledger = (await repo.GetByIdAsync(contract.Value, ct))!;
                    var o = ledger.Record(Line(contract, k));
                    if (o == RecordOutcome.Recorded)
                    {
                        await repo.UpdateAsync(ledger, ct);
                    }
                    return o;
                }), attempts: 200);
                recorded += outcome == RecordOutcome.Recorded ? 1 : 0;
            }
            return recorded;
        }))));
        var distinct = Enumerable.Range(0, 8 + perWriter - 1).ToList();
        Assert.Equal(distinct.Count, outcomes.Sum());
        var entries = 0;
        foreach (var l in ledgers)
        {
            var loaded = (await store.FindAsync<ContractHoursLedger>(l.Key))!;
            var keys = distinct.Where(k => ledgers[k % 3].Key == l.Key).ToList();
            Assert.Equal(keys.Select(k => $"k{k}").Order(StringComparer.Ordinal), loaded.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
            Assert.Equal(keys.Sum(k => 30L + k), loaded.Total.Minutes);
            Assert.Equal(Enumerable.Range(0, keys.Count).Select(i => (long)i), loaded.Entries.Select(e => e.Sequence));
            entries += loaded.Count;
        }
        Assert.Equal(distinct.Count, entries);
    }

    protected async Task TwoConcurrentRenewalsOneWinsTheOtherConflicts()
    {
        await using var store = await NewStoreAsync();
        var person = new PersonProfile(new PersonId("p1"), new DateOnly(1990, 4, 12), Sex.F);
        var pass = PassIae.Issue(new PassId("a1"), person.Id, new DateOnly(2026, 1, 5), null, P);
        var contract = CddiContract.Hire(new CddiHireRequest(new ContractId("c1"), person.Id, new WorkshopId("ilot-gourmand"),
            new DateOnly(2026, 1, 5), new DateOnly(2026, 7, 4), WorkMinutes.FromHours(26), null, false), [pass], [], P);
        await store.AddAsync([contract]);
        var first = store.Services.CreateAsyncScope();
        var second = store.Services.CreateAsyncScope();
        await using (first)
        await using (second)
        {
            var a = (await first.ServiceProvider.GetRequiredService<IRepository<CddiContract>>().GetByIdAsync("c1"))!;
            var b = (await second.ServiceProvider.GetRequiredService<IRepository<CddiContract>>().GetByIdAsync("c1"))!;
            a.Renew(new CddiRenewal(a.EndAfterMonths(6)), person, false, [], P);
            b.Renew(new CddiRenewal(b.EndAfterMonths(3)), person, false, [], P);
            await first.ServiceProvider.GetRequiredService<IRepository<CddiContract>>().UpdateAsync(a);
            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                second.ServiceProvider.GetRequiredService<IRepository<CddiContract>>().UpdateAsync(b));
            Assert.Equal("c1", conflict.Key);
            Assert.Equal(1, b.Version);
        }
        var stored = (await store.FindAsync<CddiContract>("c1"))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(new DateOnly(2027, 1, 4), stored.End);
        Assert.Single(stored.Renewals);
    }

    protected async Task AnAddOfAKeyAlreadyStoredConflicts()
    {
        await using var store = await NewStoreAsync();
        var g = new Generators(3);
        await store.AddAsync([g.Exit(1)]);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AddAsync([g.Exit(1)]));
        var gone = new Generators(4).Exit(2);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.InScopeAsync(sp => sp.GetRequiredService<IRepository<ContractExit>>().UpdateAsync(gone)));
    }

    protected async Task AFailureInTheMiddleOfAUnitOfWorkLeavesNothingHalfWritten()
    {
        await using var store = await NewStoreAsync();
        var g = new Generators(11);
        var ledger = g.Ledger(1);
        var person = g.Person(1);
        await store.AddAsync([ledger]);
        var loaded = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        var before = Generators.Observable(loaded);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await sp.GetRequiredService<IRepository<PersonProfile>>().AddAsync(person, ct);
                loaded.Record(new WorkedHoursLine(loaded.Contract, new DateOnly(2028, 1, 1), new WorkMinutes(60), "late", "cip"));
                await sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(loaded, ct);
                throw new InvalidOperationException("the command fails after two writes");
            });
        }));
        Assert.Null(await store.FindAsync<PersonProfile>(person.Key));
        var after = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        Assert.Equal(before, Generators.Observable(after));
        Assert.Equal(1, after.Version);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(0, person.Version);
        // The caller's instance got its version back: saved again, the hour that was rolled back is
        // stored this time (none lost to the failed unit, none twice).
        await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(loaded));
        var resaved = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        Assert.Equal(Generators.Observable(loaded), Generators.Observable(resaved));
        Assert.Equal(after.Entries.Count + 1, resaved.Entries.Count);
        // A conflict of the second write undoes the first too.
        var stale = (await store.FindAsync<ContractHoursLedger>(ledger.Key))!;
        await store.InScopeAsync(sp => sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(resaved));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await sp.GetRequiredService<IRepository<PersonProfile>>().AddAsync(person, ct);
                await sp.GetRequiredService<IRepository<ContractHoursLedger>>().UpdateAsync(stale, ct);
            });
        }));
        Assert.Null(await store.FindAsync<PersonProfile>(person.Key));
    }

    protected async Task AClaimMovesThePersonsVersionOnce()
    {
        await using var store = await NewStoreAsync();
        var person = new Generators(5).Person(1);
        await store.InScopeAsync(sp => sp.GetRequiredService<IPersonDirectory>().RegisterAsync(person));
        await store.InScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            var people = sp.GetRequiredService<IPersonDirectory>();
            await people.ClaimAsync(person.Id, ct);
            await people.ClaimAsync(person.Id, ct);
        }));
        var stored = (await store.FindAsync<PersonProfile>(person.Key))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(person, stored);
    }

    protected async Task WhatWasSavedSurvivesARestart(Func<Task<TestStore>> reopen)
    {
        var g = new Generators(21);
        var contracts = Enumerable.Range(0, 5).Select(i => g.Contract(i)).ToList();
        List<string> before;
        await using (var store = await NewStoreAsync())
        {
            await store.AddAsync(contracts);
            await ModuleYear.RunAsync(store, 21); // a year of the Sentencing and Cohorts modules through their services (its sweeps move the contracts too)
            before = [.. (await AllAsync<CddiContract>(store)).Select(c => c.State)];
        }
        await using var again = await reopen();
        Assert.Equal(before, (await AllAsync<CddiContract>(again)).Select(c => c.State));
        await using var memory = await TestStore.InMemoryAsync();
        await ModuleYear.RunAsync(memory, 21);
        await AssertSameAggregatesAsync(memory, again); // after the restart, every module's aggregate answers as in a run that never stopped
        Assert.False(await InsertionDatabase.MigrateAsync(again.Services));
    }
}
