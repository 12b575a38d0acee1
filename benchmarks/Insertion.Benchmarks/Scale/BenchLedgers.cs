using System.Reflection;
using Insertion.Abstractions;
using Insertion.Benchmarks.Persistence;
using Insertion.Contracts;
using Insertion.Sentencing;

namespace Insertion.Benchmarks.Scale;

/// <summary>
/// Ledgers with a history, prepared for a benchmark (not timed): CDDI contracts of 24 months whose
/// worked-hours ledgers are filled through <see cref="WorkedHoursService.RecordBatchAsync"/> in
/// batches of 1 000 lines, and TIG measures of 400 h sentenced through <see cref="TigService"/>.
/// Hours entry <c>i</c> is 20 min on day <c>i / 20</c> (400 min a day, under the 10 h maximum);
/// TIG entry <c>i</c> is 2 min of task on day <c>i / 100</c> (200 min a day, 1 400 min a week).
/// </summary>
internal static class BenchLedgers
{
    public static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly LegalParameters Parameters = new([new ContractParameterSource()]);

    // The TIG ledger has no batch command: the history is logged on the aggregate and saved once
    // (setup only: the timed commands go through TigService.LogAsync).
    private static readonly MethodInfo TigLog = typeof(TigMeasure).GetMethod("Log", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(DateOnly), typeof(WorkMinutes), typeof(TigEntryKind), typeof(string), typeof(string)])
        ?? throw new InvalidOperationException("TigMeasure.Log(on, hours, kind, key, author) not found");

    /// <summary>The hours line <paramref name="i"/> of a contract (see the class).</summary>
    public static WorkedHoursLine HoursLine(string contract, int i) =>
        new(new ContractId(contract), Start.AddDays(i / 20), new WorkMinutes(20), "h" + i, "bench");

    /// <summary>Stores a CDDI of 24 months from <see cref="Start"/> for each id.</summary>
    public static void HireContracts(BenchDatabase db, IReadOnlyList<string> ids)
    {
        var contracts = ids.Select(id =>
        {
            var person = new PersonId("p-" + id);
            var pass = PassIae.Issue(new PassId("a-" + id), person, Start, null, Parameters);
            return CddiContract.Hire(new CddiHireRequest(new ContractId(id), person, new WorkshopId("w"), Start,
                LegalDates.MonthsEnd(Start, 24), WorkMinutes.FromHours(26)), [pass], [], Parameters);
        }).ToList();
        db.InScope(sp => db.Repository<CddiContract>(sp).AddRangeAsync(contracts));
    }

    /// <summary>Records hours lines 0 to <paramref name="count"/> - 1 on each contract, 1 000 per batch.</summary>
    public static void FillHours(BenchDatabase db, IReadOnlyList<string> ids, int count)
    {
        foreach (var id in ids)
        {
            for (var from = 0; from < count; from += WorkedHoursBatch.MaxLines)
            {
                var lines = Enumerable.Range(from, Math.Min(WorkedHoursBatch.MaxLines, count - from)).Select(i => HoursLine(id, i)).ToList();
                db.With<WorkedHoursService, WorkedHoursBatchResult>(s => s.RecordBatchAsync(new WorkedHoursBatch(new ContractId(id), lines)));
            }
        }
    }

    /// <summary>The day of TIG entry <paramref name="i"/>.</summary>
    public static DateOnly TigDay(int i) => Start.AddDays(i / 100);

    /// <summary>Sentences a 400 h measure of 18 months for each id (one person each) and logs TIG entries 0 to <paramref name="count"/> - 1.</summary>
    public static void SentenceAndFill(BenchDatabase db, IReadOnlyList<string> ids, int count)
    {
        foreach (var id in ids)
        {
            var person = new PersonId("p-" + id);
            db.With<IPersonDirectory, bool>(async people =>
            {
                await people.RegisterAsync(new PersonProfile(person, new DateOnly(1990, 1, 1), Sex.X));
                return true;
            });
            db.With<TigService, TigMeasure>(s => s.SentenceAsync(new TigSentence
            {
                Measure = new MeasureId(id), Person = person, Hours = WorkMinutes.FromHours(400), From = Start, Months = 18,
            }));
            if (count == 0)
            {
                continue;
            }
            db.InScope(async sp =>
            {
                var measures = db.Repository<TigMeasure>(sp);
                var m = (await measures.GetByIdAsync(id))!;
                for (var i = 0; i < count; i++)
                {
                    TigLog.Invoke(m, [TigDay(i), new WorkMinutes(2), TigEntryKind.Task, "t" + i, "bench"]);
                }
                await measures.UpdateAsync(m);
                return true;
            });
        }
    }
}
