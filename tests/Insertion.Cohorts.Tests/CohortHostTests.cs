using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Cohorts.Tests;

/// <summary>
/// The module as a host uses it (docs/host-conventions.md): a container built with ValidateScopes and
/// ValidateOnBuild, every command in a scope, options validated at start, the sweep in a scope.
/// </summary>
public sealed class CohortHostTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task Commands_and_their_query_twins_run_in_scopes_of_a_validated_container()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        Assert.Empty(await h.Cohorts.CanOpenAsync(id, "aqi-test", Start));
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        Assert.Equal("COHORT-INVALID-TRANSITION", Assert.Single(await h.Cohorts.CanOpenAsync(id, "aqi-test", Start)).Code);
        var a = await h.PersonAsync("a", Sex.F);
        Assert.Empty(await h.Cohorts.CanEnrolAsync(id, a, Start));
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.EnrolAsync(id, a, Start));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await h.Cohorts.EnrolAsync(id, a, Start.AddDays(2)));
        Assert.Empty(await h.Cohorts.CanRecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed));
        await h.Cohorts.RecordExamAsync(id, a, Start.AddMonths(7), ExamResult.Passed);
        Assert.Empty(await h.Cohorts.CanRecordOutcomeAsync(a, Start.AddMonths(8), OutcomeKind.PermanentJob));
        Assert.Equal(RecordOutcome.Recorded, await h.Cohorts.RecordOutcomeAsync(a, Start.AddMonths(8), OutcomeKind.PermanentJob));
        Assert.Equal(RecordOutcome.AlreadyRecorded, await h.Cohorts.RecordOutcomeAsync(a, Start.AddMonths(8), OutcomeKind.PermanentJob));
        Assert.Empty(await h.Cohorts.CanWithdrawAsync(id, a, Start.AddMonths(7).AddDays(1), "done"));
        Assert.NotEmpty(await h.Cohorts.CanCloseAsync(id, Start));
        var f = (await h.Cohorts.FunnelAsync(id)).Counts;
        Assert.Equal((1, 1, 1, 1, 1), (f.Enrolled, f.Followed, f.SatExam, f.Passed, f.EmployedWithin1Month));
    }

    [Fact]
    public async Task The_service_is_scoped_and_cannot_be_taken_from_the_root_container()
    {
        using var h = new TestHost();
        Assert.Throws<InvalidOperationException>(() => h.Services.GetRequiredService<CohortService>());
        var s1 = h.Cohorts;
        var s2 = h.Cohorts;
        Assert.NotSame(s1, s2);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Unknown_cohort_or_person_is_NotFoundException()
    {
        using var h = new TestHost();
        var missing = new CohortId("missing");
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.GetAsync(missing));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.EnrolAsync(missing, new PersonId("a"), Start));
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.CanWithdrawAsync(missing, new PersonId("a"), Start, "x"));
        await h.Cohorts.OpenAsync(new CohortId("k"), "aqi-test", Start);
        await Assert.ThrowsAsync<Ardalis.GuardClauses.NotFoundException>(() => h.Cohorts.EnrolAsync(new CohortId("k"), new PersonId("nobody"), Start));
        Assert.Null(await h.Cohorts.FindAsync(missing));
    }

    [Fact]
    public async Task The_daily_sweep_runs_in_a_scope_and_starts_due_cohorts()
    {
        using var h = new TestHost();
        var id = new CohortId("k");
        await h.Cohorts.OpenAsync(id, "aqi-test", Start);
        var sweeps = h.Services.GetRequiredService<DailySweeps>();
        await sweeps.RunAsync(Start.AddDays(-1));
        Assert.Equal(CohortState.Open, (await h.Cohorts.GetAsync(id)).State);
        await sweeps.RunAsync(Start);
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(id)).State);
        await sweeps.RunAsync(Start.AddDays(1));
        Assert.Equal(CohortState.Running, (await h.Cohorts.GetAsync(id)).State);
    }

    [Fact]
    public void Options_are_validated_at_start_a_blank_justice_purpose_is_refused()
    {
        using var h = new TestHost(o => o.JusticeDataPurposes.Add(" "));
        var validator = h.Services.GetRequiredService<IStartupValidator>();
        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("purpose", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_accept_several_configure_calls()
    {
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddSite<TestSite>().AddCohorts(o => o.JusticeDataPurposes.Add("a")).AddCohorts(o => o.JusticeDataPurposes.Add("b")));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(["a", "b"], provider.GetRequiredService<IOptions<CohortsOptions>>().Value.JusticeDataPurposes);
    }
}
