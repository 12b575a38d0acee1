using Ardalis.Specification;
using Insertion.Abstractions;
using static Insertion.Contracts.Tests.Fixtures;

namespace Insertion.Contracts.Tests.Rules;

/// <summary>
/// Rules of the Contracts module left unpinned by the first mutation run (issue #20): the trial's
/// days-per-week parameter, overlap with another person's contract, the working days a TIG cap
/// counts paid hours on, the lifecycle graph, a one-day PASS, the prolongations recorded, the
/// hours ledger by month and its specifications, and exits counted by the year of the last day.
/// </summary>
public class ContractsSurvivorRuleTests
{
    private readonly LegalParameters _p = Parameters();

    [Fact]
    public void The_trial_counts_the_days_per_week_parameter_L1242_10()
    {
        // A 28-day contract (sentence-adjustment derogation) has 4 full weeks: 4 days of trial by
        // default, 8 days with 2 days a week.
        var request = new CddiHireRequest(new ContractId("c1"), new PersonId("p1"), new WorkshopId("w"), D("2026-03-02"), D("2026-03-29"),
            WorkMinutes.FromHours(26), null, SentenceAdjustment: true);
        Assert.Equal(D("2026-03-05"), CddiContract.Hire(request, [Pass("2026-03-02")], [], _p).TrialEnd);
        var two = Parameters();
        two = two.With(ContractParameters.CddiTrialDaysPerWeek, 2, "test");
        Assert.Equal(D("2026-03-09"), CddiContract.Hire(request, [Pass("2026-03-02", p: two)], [], two).TrialEnd);
    }

    [Fact]
    public void Another_persons_contract_never_overlaps_a_hire_L5132_15_1()
    {
        var other = CddiContract.Hire(Request(id: "c0", person: "p2"), [Pass(person: "p2")], [], _p);
        var hired = CddiContract.Hire(Request(id: "c1", person: "p1"), [Pass(person: "p1")], [other], _p);
        Assert.Equal(CddiState.Trial, hired.State);
        Assert.Equal("CDDI-OVERLAP", Assert.Single(CddiContract.CanHire(Request(id: "c2", person: "p2"), [Pass(person: "p2")], [other], _p)).Code);
    }

    [Fact]
    public void A_contract_is_worked_in_trial_or_active_from_its_first_to_its_last_day_SCENARIOS_logTig()
    {
        var c = Hire();
        Assert.False(c.IsWorkingOn(D("2026-01-04")));
        Assert.True(c.IsWorkingOn(D("2026-01-05")));
        Assert.True(c.IsWorkingOn(D("2026-09-04")));
        Assert.False(c.IsWorkingOn(D("2026-09-05")));
        c.ConfirmTrial(D("2026-02-01"));
        Assert.True(c.IsWorkingOn(D("2026-05-01")));
        c.Suspend(D("2026-05-01"), CddiSuspensionReason.Pmsmp);
        Assert.False(c.IsWorkingOn(D("2026-05-01")));
        c.Resume(D("2026-05-10"));
        c.Terminate(D("2026-06-30"), CddiTerminationReason.PermanentJob);
        Assert.False(c.IsWorkingOn(D("2026-06-15")));
    }

    [Fact]
    public void An_unknown_suspension_reason_is_an_argument_error()
    {
        var c = Hire();
        Assert.Throws<ArgumentOutOfRangeException>(() => c.CanSuspend(D("2026-02-02"), (CddiSuspensionReason)99));
    }

    [Fact]
    public void Weekly_hours_outside_the_contracts_days_are_an_invalid_transition_before_a_wrong_number_L5132_15_1()
    {
        var c = Hire();
        Assert.Equal("CDDI-INVALID-TRANSITION", Assert.Single(c.CanChangeWeeklyHours(D("2026-09-05"), WorkMinutes.FromHours(40), _p)).Code);
        c.FailTrial(D("2026-01-20"));
        Assert.Equal("CDDI-INVALID-TRANSITION", Assert.Single(c.CanChangeWeeklyHours(D("2026-01-10"), WorkMinutes.FromHours(40), _p)).Code);
    }

    [Fact]
    public void The_lifecycle_graph_is_the_same_whatever_contract_was_handled_before()
    {
        var dot = CddiLifecycle.ToDot();
        var mermaid = CddiLifecycle.ToMermaid();
        var c = Hire(trialDays: 0);
        c.Suspend(D("2026-03-02"), CddiSuspensionReason.TrialElsewhere);
        _ = c.PermittedTriggers;
        _ = c.WhyNot(CddiTrigger.ConfirmTrial);
        _ = c.CanResume(D("2026-03-05"));
        c.Terminate(D("2026-03-10"), CddiTerminationReason.FixedTermJob6Months);
        _ = c.CanConfirmTrial(D("2026-03-11"));
        Assert.Equal(dot, CddiLifecycle.ToDot());
        Assert.Equal(mermaid, CddiLifecycle.ToMermaid());
        Assert.Contains(nameof(CddiState.Ended), dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lifecycle_queries_refuse_a_missing_contract()
    {
        Assert.Throws<ArgumentNullException>(() => CddiLifecycle.PermittedTriggers(null!));
        Assert.Throws<ArgumentNullException>(() => CddiLifecycle.CanFire(null!, CddiTrigger.Renew));
    }

    [Fact]
    public void A_pass_imported_with_its_end_on_its_start_lasts_one_day_and_an_end_before_it_is_refused()
    {
        var one = Pass("2026-03-02", "2026-03-02");
        Assert.True(one.IsValidOn(D("2026-03-02")));
        Assert.False(one.IsValidOn(D("2026-03-03")));
        Assert.Throws<ArgumentException>(() => Pass("2026-03-02", "2026-03-01"));
    }

    [Fact]
    public void Each_granted_prolongation_is_recorded_from_the_end_it_moved_itou_approvals()
    {
        var pass = Pass("2019-02-02", "2021-02-01");
        pass.Prolong(D("2021-06-01"), PassProlongationReason.Training, Person(), false, _p);
        pass.Prolong(D("2021-12-01"), PassProlongationReason.ParticularDifficulties, Person(), false, _p);
        Assert.Equal(
            [new PassProlongation(D("2021-02-01"), D("2021-06-01"), PassProlongationReason.Training),
             new PassProlongation(D("2021-06-01"), D("2021-12-01"), PassProlongationReason.ParticularDifficulties)],
            pass.Prolongations);
        Assert.Equal(LegalDates.DaysBetween(D("2021-02-01"), D("2021-12-01")), pass.ProlongationDays);
    }

    [Fact]
    public void The_hours_of_a_month_are_its_own_whatever_the_year_DOMAIN_2_aide_au_poste()
    {
        var c = new ContractId("c1");
        var ledger = new ContractHoursLedger(c);
        ledger.Record(new WorkedHoursLine(c, D("2025-01-15"), WorkMinutes.FromHours(7), "a", "cip"));
        ledger.Record(new WorkedHoursLine(c, D("2025-12-15"), WorkMinutes.FromHours(6), "b", "cip"));
        ledger.Record(new WorkedHoursLine(c, D("2026-01-15"), WorkMinutes.FromHours(5), "c", "cip"));
        ledger.Record(new WorkedHoursLine(c, D("2026-02-15"), WorkMinutes.FromHours(4), "d", "cip"));
        Assert.Equal(WorkMinutes.FromHours(7), ledger.InMonth(2025, 1));
        Assert.Equal(WorkMinutes.FromHours(6), ledger.InMonth(2025, 12));
        Assert.Equal(WorkMinutes.FromHours(5), ledger.InMonth(2026, 1));
        Assert.Equal(WorkMinutes.FromHours(4), ledger.InMonth(2026, 2));
        Assert.Equal(WorkMinutes.Zero, ledger.InMonth(2026, 3));
        Assert.Equal(WorkMinutes.FromHours(9), ledger.InYear(2026));
    }

    [Fact]
    public void A_ledger_takes_only_its_own_contracts_lines_and_reversals()
    {
        var ledger = new ContractHoursLedger(new ContractId("c1"));
        var other = new ContractId("c2");
        Assert.Throws<ArgumentException>(() => ledger.CanRecord(new WorkedHoursLine(other, D("2026-01-15"), WorkMinutes.FromHours(7), "a", "cip")));
        Assert.Throws<ArgumentException>(() => ledger.CanReverse(new HoursReversal(other, "a", "fix-a", "cip")));
        Assert.Throws<ArgumentException>(() => ledger.Reverse(new HoursReversal(other, "a", "fix-a", "cip")));
        Assert.Equal(0, ledger.Count);
    }

    [Fact]
    public void The_entries_of_a_period_include_its_first_and_last_days()
    {
        var c = new ContractId("c1");
        var ledger = new ContractHoursLedger(c);
        foreach (var (day, key) in new[] { ("2026-02-28", "before"), ("2026-03-01", "first"), ("2026-03-31", "last"), ("2026-04-01", "after") })
        {
            ledger.Record(new WorkedHoursLine(c, D(day), WorkMinutes.FromHours(5), key, "cip"));
        }
        ledger.Reverse(new HoursReversal(c, "last", "fix-last", "cip"));
        var inMarch = new EntriesInPeriodSpec(new DateRange(D("2026-03-01"), D("2026-03-31"))).Evaluate(ledger.Entries);
        Assert.Equal(["first", "last", "fix-last"], inMarch.Select(e => e.Key));
        var reversals = new EntriesInPeriodSpec(new DateRange(D("2026-03-01"), D("2026-03-31")), reversalsOnly: true).Evaluate(ledger.Entries);
        Assert.Equal(["fix-last"], reversals.Select(e => e.Key));
        var month = new EntriesOfContractInMonthSpec(c, 2026, 3).Evaluate(ledger.Entries);
        Assert.Equal(["first", "last", "fix-last"], month.Select(e => e.Key));
        Assert.Empty(new EntriesOfContractInMonthSpec(new ContractId("c2"), 2026, 3).Evaluate(ledger.Entries));
    }

    [Fact]
    public void Ledgers_are_selected_by_contract()
    {
        var ledgers = new[] { new ContractHoursLedger(new ContractId("c3")), new ContractHoursLedger(new ContractId("c1")), new ContractHoursLedger(new ContractId("c2")) };
        var chosen = new LedgersOfContractsSpec([new ContractId("c3"), new ContractId("c1")]).Evaluate(ledgers);
        Assert.Equal(["c1", "c3"], chosen.Select(l => l.Key));
        Assert.Throws<ArgumentNullException>(() => new LedgersOfContractsSpec(null!));
    }

    [Fact]
    public void Exits_count_in_the_year_of_the_contracts_last_day_its_first_and_last_days_included_DOMAIN_2()
    {
        var w = new WorkshopId("ilot-gourmand");
        ContractExit[] exits =
        [
            new(new ContractId("a"), w, D("2025-12-31"), ExitSituation.PermanentJob),
            new(new ContractId("b"), w, D("2026-01-01"), ExitSituation.Training),
            new(new ContractId("c"), w, D("2026-12-31"), ExitSituation.NoSolution),
            new(new ContractId("d"), w, D("2027-01-01"), ExitSituation.Unknown),
        ];
        Assert.Equal(["b", "c"], new ExitsInYearSpec(2026).Evaluate(exits).Select(e => e.Key));
        Assert.Equal(["b", "c"], new ExitsByWorkshopAndYearSpec(w, 2026).Evaluate(exits).Select(e => e.Key));
        Assert.Empty(new ExitsByWorkshopAndYearSpec(new WorkshopId("auto-bleue"), 2026).Evaluate(exits));
    }

    [Theory]
    [InlineData(ExitCategory.DurableEmployment, true)]
    [InlineData(ExitCategory.TransitionalEmployment, true)]
    [InlineData(ExitCategory.PositiveExit, true)]
    [InlineData(ExitCategory.Other, false)]
    public void Every_exit_but_the_other_exits_is_dynamic_DOMAIN_2(ExitCategory category, bool dynamic) =>
        Assert.Equal(dynamic, category.IsDynamic());

    [Fact]
    public void Exit_figures_need_their_exits()
    {
        Assert.Throws<ArgumentNullException>(() => ExitRates.Of(null, null!));
        Assert.Throws<ArgumentNullException>(() => ExitReport.Of(2026, null!));
    }
}
