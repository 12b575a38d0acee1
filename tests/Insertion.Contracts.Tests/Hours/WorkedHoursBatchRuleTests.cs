using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using static Insertion.Contracts.Tests.Hours.HoursTestSupport;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>
/// A week or a month of paid hours in one call (<see cref="WorkedHoursService.RecordBatchAsync"/>):
/// each line checked as one entry is (SCENARIOS.md, <c>workHours</c>; DOMAIN.md §2), against the
/// ledger as the lines before it leave it; a refused line refuses the whole batch and names itself;
/// a replayed batch appends nothing.
/// </summary>
public sealed class WorkedHoursBatchRuleTests
{
    private static async Task<(TestHost Host, WorkedHoursService Hours)> HiredAsync()
    {
        var host = Host(D("2026-12-31"));
        await host.HireAsync("c1", "p1", "2026-01-05", months: 4); // 2026-01-05 .. 2026-05-04
        return (host, host.GetRequiredService<WorkedHoursService>());
    }

    private static WorkedHoursBatch Week(params WorkedHoursLine[] lines) => new(C1, lines);

    [Fact]
    public async Task A_week_of_lines_is_appended_in_one_call_and_counted_L5132_2()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        var result = await hours.RecordBatchAsync(Week(
            Line(C1, "2026-01-05", 7, "d1"), Line(C1, "2026-01-06", 7, "d2"), Line(C1, "2026-01-07", 3.5m, "d3")));
        Assert.Equal(3, result.Recorded);
        Assert.Equal(0, result.AlreadyRecorded);
        Assert.Equal(WorkMinutes.FromHours(17.5m), await hours.PaidHoursAsync(C1));
    }

    [Fact]
    public async Task HOURS_DAILY_MAX_counts_the_earlier_lines_of_the_same_batch_L3121_18()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        var batch = Week(Line(C1, "2026-01-06", 6, "a"), Line(C1, "2026-01-07", 7, "b"), Line(C1, "2026-01-06", 5, "c"));
        var twin = await hours.CanRecordBatchAsync(batch);
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => hours.RecordBatchAsync(batch));
        Assert.Equal("HOURS-DAILY-MAX", ex.Violation.Code);
        Assert.Equal(3, ex.Violation.Values["line"]);
        Assert.StartsWith("Line 3: ", ex.Violation.Message, StringComparison.Ordinal);
        Assert.Equal([("HOURS-DAILY-MAX", 3)], twin.Select(v => (v.Code, (int)v.Values["line"]!)).ToList());
        Assert.Equal(WorkMinutes.Zero, await hours.PaidHoursAsync(C1)); // nothing of the batch was appended
    }

    [Fact]
    public async Task A_refused_line_refuses_the_batch_and_the_twin_lists_every_refused_line()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        await hours.RecordAsync(Line(C1, "2026-01-08", 7, "k"));
        var batch = Week(
            Line(C1, "2026-01-04", 7, "before"),   // HOURS-OUTSIDE-CONTRACT
            Line(C1, "2026-01-05", 7, "ok"),
            Line(C1, "2026-01-09", 7, "k"),        // HOURS-KEY-CONFLICT (k names another entry)
            Line(C1, "2026-01-06", 0, "zero"));    // HOURS-ENTRY-INVALID
        var twin = await hours.CanRecordBatchAsync(batch);
        Assert.Equal(
            [("HOURS-OUTSIDE-CONTRACT", 1), ("HOURS-KEY-CONFLICT", 3), ("HOURS-ENTRY-INVALID", 4)],
            twin.Select(v => (v.Code, (int)v.Values["line"]!)).ToList());
        var ex = await Assert.ThrowsAsync<RuleViolationException>(() => hours.RecordBatchAsync(batch));
        Assert.Equal(("HOURS-OUTSIDE-CONTRACT", 1), (ex.Violation.Code, (int)ex.Violation.Values["line"]!));
        Assert.Equal(WorkMinutes.FromHours(7), await hours.PaidHoursAsync(C1));
        Assert.Null((await hours.FindAsync(C1))!.Find("ok"));
    }

    [Fact]
    public async Task The_same_batch_twice_appends_once_idempotency()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        var batch = Week(Line(C1, "2026-01-05", 7, "d1"), Line(C1, "2026-01-06", 7, "d2"));
        Assert.Equal(2, (await hours.RecordBatchAsync(batch)).Recorded);
        var again = await hours.RecordBatchAsync(batch);
        Assert.Equal([RecordOutcome.AlreadyRecorded, RecordOutcome.AlreadyRecorded], again.Outcomes);
        Assert.Empty(await hours.CanRecordBatchAsync(batch));
        Assert.Equal(2, (await hours.FindAsync(C1))!.Count);
    }

    [Fact]
    public async Task A_line_for_another_contract_or_an_empty_batch_is_an_argument_error()
    {
        var (host, hours) = await HiredAsync();
        using var _ = host;
        await Assert.ThrowsAsync<ArgumentException>(() => hours.RecordBatchAsync(new WorkedHoursBatch(C1, [])));
        await Assert.ThrowsAsync<ArgumentException>(() => hours.RecordBatchAsync(Week(Line(new ContractId("other"), "2026-01-05", 7, "x"))));
        await Assert.ThrowsAsync<ArgumentException>(() => hours.CanRecordBatchAsync(new WorkedHoursBatch(C1, [])));
    }
}
