using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests;

/// <summary>The services a host uses, the sweep and paid-work source registered by AddContracts, and the specifications.</summary>
public sealed class ServicesTests : IDisposable
{
    private readonly ServiceProvider _sp;

    public ServicesTests()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddContracts());
        _sp = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _sp.GetRequiredService<IPersonDirectory>().RegisterAsync(Person()).GetAwaiter().GetResult();
    }

    public void Dispose() => _sp.Dispose();

    private T Get<T>() where T : notnull => _sp.GetRequiredService<T>();

    [Fact]
    public async Task Hire_through_the_service_cuts_the_pass_and_saves_both()
    {
        var passes = Get<PassIaeService>();
        await passes.IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-01-05"));
        await passes.SuspendAsync(new PassId("a1"), D("2026-06-01"), D("2026-06-30"), PassSuspensionReason.FinishedContract);
        var contract = await Get<CddiService>().HireAsync(Request("2026-06-10"));
        Assert.Equal(new PassId("a1"), contract.Pass);
        Assert.Equal(D("2028-01-12"), (await passes.GetAsync(new PassId("a1"))).End);
        Assert.Equal((contract.Id, contract.End, contract.Version), await Get<CddiService>().GetAsync(new ContractId("c1")) is var stored ? (stored.Id, stored.End, stored.Version) : default);
        Assert.Equal("CDDI-OVERLAP", (await Get<CddiService>().CanHireAsync(Request("2026-07-01", id: "c2"))).Single().Code);
    }

    [Fact]
    public async Task Sweep_and_paid_work_follow_the_contract()
    {
        await Get<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-01-05"));
        var service = Get<CddiService>();
        await service.HireAsync(Request("2026-01-05", months: 4, hours: 26));
        await service.ChangeWeeklyHoursAsync(new ContractId("c1"), D("2026-03-02"), WorkMinutes.FromHours(30));
        var paid = Get<IEnumerable<IPaidWorkSource>>().Single();
        Assert.Equal(WorkMinutes.FromHours(26), await paid.PaidMinutesInWeekAsync(new PersonId("p1"), D("2026-02-02"), default));
        Assert.Equal(WorkMinutes.FromHours(30), await paid.PaidMinutesInWeekAsync(new PersonId("p1"), D("2026-03-02"), default));
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(new PersonId("p1"), D("2026-05-05"), default));
        await service.SuspendAsync(new ContractId("c1"), D("2026-04-01"), CddiSuspensionReason.Pmsmp);
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(new PersonId("p1"), D("2026-04-02"), default));

        var sweep = Get<IEnumerable<IDailySweep>>().Single();
        await sweep.RunAsync(D("2026-05-05"));
        await sweep.RunAsync(D("2026-05-05"));
        var c = await service.GetAsync(new ContractId("c1"));
        Assert.Equal((CddiState.Ended, CddiEndReason.Term), (c.State, c.EndReason!.Value));
    }

    [Fact]
    public async Task Paid_work_counts_the_contract_as_it_was_on_the_day_even_after_a_later_suspension_or_end()
    {
        await Get<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-03-02"));
        var service = Get<CddiService>();
        var id = new ContractId("c1");
        var person = new PersonId("p1");
        await service.HireAsync(Request("2026-03-02", months: 4, hours: 30, trialDays: 0));
        var paid = Get<IEnumerable<IPaidWorkSource>>().Single();

        await service.SuspendAsync(id, D("2026-03-12"), CddiSuspensionReason.Pmsmp);
        Assert.Equal(WorkMinutes.FromHours(30), await paid.PaidMinutesInWeekAsync(person, D("2026-03-11"), default));   // Active that day
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(person, D("2026-03-12"), default));            // first suspended day

        await service.ResumeAsync(id, D("2026-03-23"));
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(person, D("2026-03-22"), default));            // still suspended that day
        Assert.Equal(WorkMinutes.FromHours(30), await paid.PaidMinutesInWeekAsync(person, D("2026-03-23"), default));   // resumed

        await service.TerminateAsync(id, D("2026-04-08"), CddiTerminationReason.MutualAgreement);
        Assert.Equal(WorkMinutes.FromHours(30), await paid.PaidMinutesInWeekAsync(person, D("2026-04-08"), default));   // its last day
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(person, D("2026-04-09"), default));
        Assert.Equal(WorkMinutes.Zero, await paid.PaidMinutesInWeekAsync(person, D("2026-03-01"), default));            // before the start
    }

    [Fact]
    public async Task Renew_through_the_service_reads_the_profile_and_flags()
    {
        await Get<PassIaeService>().IssueAsync(new PassId("a1"), new PersonId("p1"), D("2026-01-05"));
        var service = Get<CddiService>();
        await service.HireAsync(Request(months: 24));
        Assert.Equal("CDDI-MAX-DURATION", (await service.CanRenewAsync(new ContractId("c1"), new CddiRenewal(D("2029-01-04"), CddiExtension.Rqth), rqth: false)).Single().Code);
        await service.RenewAsync(new ContractId("c1"), new CddiRenewal(D("2029-01-04"), CddiExtension.Rqth), rqth: true);
        Assert.Equal(D("2029-01-04"), (await service.GetAsync(new ContractId("c1"))).End);
    }

    [Fact]
    public async Task Specifications_answer_what_a_host_asks()
    {
        var people = Get<IPersonDirectory>();
        var passes = Get<PassIaeService>();
        var service = Get<CddiService>();
        for (var i = 1; i <= 3; i++)
        {
            await people.RegisterAsync(Person("q" + i));
        }
        await passes.IssueAsync(new PassId("b1"), new PersonId("q1"), D("2026-01-05"));
        await passes.IssueAsync(new PassId("b2"), new PersonId("q2"), D("2026-01-05"), D("2026-03-01"));
        await passes.IssueAsync(new PassId("b3"), new PersonId("q3"), D("2026-01-05"));
        await service.HireAsync(Request(months: 4, id: "k1", person: "q1"));               // ends 2026-05-04, trial to 01-18
        await service.HireAsync(Request(months: 8, id: "k2", person: "q2"));               // outlasts its PASS
        await service.HireAsync(Request(months: 20, id: "k3", person: "q3", trialDays: 0)); // ends 2027-09-04
        var repo = Get<IRepository<CddiContract>>();

        var ending = await repo.ListAsync(new ContractsEndingWithinSpec(D("2026-05-01"), 5));
        Assert.Equal(["k1"], ending.Select(c => c.Key));
        var trials = await repo.ListAsync(new TrialsEndingWithinSpec(D("2026-01-15"), 5));
        Assert.Equal(["k1"], trials.Select(c => c.Key));
        var atCap = await repo.ListAsync(new ContractsAtRenewalCapSpec(6));
        Assert.Equal(["k3"], atCap.Select(c => c.Key));
        var byWorkshop = await repo.ListAsync(new ContractsByWorkshopAndStateSpec(new WorkshopId("ilot-gourmand"), CddiState.Active));
        Assert.Equal(["k3"], byWorkshop.Select(c => c.Key));
        var outlasting = await service.ContractsOutlastingPassAsync();
        Assert.Equal(["k2"], outlasting.Select(c => c.Key));
    }

    [Fact]
    public void Parameters_carry_their_sources()
    {
        var p = Get<LegalParameters>();
        Assert.Contains("L5132-15-1", p.On(ContractParameters.CddiMinMonths, D("2026-01-01")).Source, StringComparison.Ordinal);
        Assert.Equal(730, p.ValueOn(ContractParameters.PassLengthDays, D("2026-01-01")));
        Assert.Equal(PassSuspensionExtension.Issuer, p.ValueOn(ContractParameters.PassSuspensionExtensionMode, D("2026-01-01")));
    }
}
