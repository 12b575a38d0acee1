using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>
/// Two hosts (two containers, ValidateScopes + ValidateOnBuild) over one <see cref="InMemoryStore"/>
/// (one database): the cross-aggregate rules hold against concurrent writers (issue #16). Losers
/// get the rule's refusal or <see cref="ConcurrencyConflictException"/>, never another exception.
/// </summary>
public sealed class ConcurrencyTests
{
    private static async Task<Exception?> Outcome(Func<Task> command)
    {
        try
        {
            await command();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task CDDI_OVERLAP_one_CDDI_at_a_time_holds_for_8_concurrent_hires_in_two_processes_L5132_15_1()
    {
        var store = new InMemoryStore();
        using var a = new TestHost(store);
        using var b = new TestHost(store);
        await a.GetRequiredService<IPersonDirectory>().RegisterAsync(Person());
        await a.GetRequiredService<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-01-05"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Outcome(() =>
            (i % 2 == 0 ? a : b).InScopeAsync<CddiService, CddiContract>(s => s.HireAsync(Request("2026-01-05", id: $"c{i}")))))));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o =>
            Assert.True(o is ConcurrencyConflictException || o is RuleViolationException { Violation.Code: "CDDI-OVERLAP" }, o!.ToString()));
        Assert.Single(await b.GetRequiredService<CddiService>().ListOfPersonAsync(new PersonId("p1")));
    }

    [Fact]
    public async Task Concurrent_renewals_of_one_contract_lose_nothing()
    {
        var store = new InMemoryStore();
        using var a = new TestHost(store);
        using var b = new TestHost(store);
        await a.HireAsync("c1", "p1", "2026-01-05", months: 4); // ends 2026-05-04
        var c1 = new ContractId("c1");
        var ends = Enumerable.Range(1, 8).Select(i => D("2026-05-04").AddDays(7 * i)).ToArray();

        var outcomes = await Task.WhenAll(ends.Select((end, i) => Task.Run(() => Outcome(() =>
            ConcurrencyConflictException.RetryAsync(() =>
                (i % 2 == 0 ? a : b).InScopeAsync<CddiService, CddiContract>(s => s.RenewAsync(c1, new CddiRenewal(end), rqth: false)), attempts: 100)))));

        // Each renewal either committed or was refused because a later end was already saved: none is lost.
        Assert.All(outcomes, o => Assert.True(o is null || o is RuleViolationException { Violation.Code: "CDDI-INVALID-TRANSITION" }, o?.ToString()));
        var stored = await b.GetRequiredService<CddiService>().GetAsync(c1);
        Assert.Equal(ends.Max(), stored.End);
        Assert.Equal(outcomes.Count(o => o is null), stored.Renewals.Count);
        Assert.True(stored.Renewals.Zip(stored.Renewals.Skip(1)).All(p => p.First.NewEnd == p.Second.PreviousEnd));
    }

    [Fact]
    public async Task PASS_SUSPENSION_INVALID_concurrent_suspensions_never_overlap()
    {
        var store = new InMemoryStore();
        using var a = new TestHost(store);
        using var b = new TestHost(store);
        await a.GetRequiredService<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-01-05"));
        var pass = new PassId("a1");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Outcome(() =>
            (i % 2 == 0 ? a : b).InScopeAsync<PassIaeService, PassSuspension>(s =>
                s.SuspendAsync(pass, D("2026-03-02").AddDays(i % 4), D("2026-03-20"), PassSuspensionReason.Sickness))))));

        Assert.All(outcomes, o => Assert.True(o is null || o is ConcurrencyConflictException || o is RuleViolationException { Violation.Code: "PASS-SUSPENSION-INVALID" }, o?.ToString()));
        var stored = await b.GetRequiredService<PassIaeService>().GetAsync(pass);
        Assert.Single(stored.Suspensions);
        Assert.Single(outcomes, o => o is null);
        Assert.Equal(D("2026-01-05").AddDays(729 + stored.Suspensions[0].ExtensionDays), stored.End);
    }
}
