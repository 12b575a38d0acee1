using System.Globalization;
using Insertion.Abstractions;
using Insertion.Cohorts;

namespace Insertion.Cli.Simulation;

/// <summary>What a simulated year produced: the cohorts' funnels, the contracts by how they ended, the TIG hours, the refusals by rule code.</summary>
internal sealed record SimulationReport(
    int Year,
    int Seed,
    IReadOnlyList<CohortFunnel> Funnels,
    int Contracts,
    IReadOnlyDictionary<string, int> ContractsByEnd,
    int TigMeasures,
    int TigCompleted,
    WorkMinutes TigDone,
    WorkMinutes TigPedagogical,
    IReadOnlyDictionary<string, int> Refusals)
{
    public void Write(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Simulation of the Amiens site, {Year} (seed {Seed}); ids and counts only."));
        output.WriteLine();
        output.WriteLine("cohort               start      end        enrolled women men justice followed sat passed job<=1m");
        foreach (var f in Funnels)
        {
            var c = f.Counts;
            output.WriteLine(string.Create(inv,
                $"{f.Cohort,-20} {IsoDates.Format(f.Start)} {IsoDates.Format(f.End)} {c.Enrolled,8} {c.Women,5} {c.Men,3} {c.UnderJustice,7} {c.Followed,8} {c.SatExam,3} {c.Passed,6} {c.EmployedWithin1Month,7}"));
        }
        output.WriteLine();
        output.WriteLine(string.Create(inv, $"CDDI hired: {Contracts}; by end: {string.Join(", ", ContractsByEnd.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}"));
        output.WriteLine(string.Create(inv, $"TIG measures: {TigMeasures}, completed {TigCompleted}; hours done {TigDone.Hours:0.##} (pedagogical {TigPedagogical.Hours:0.##})"));
        output.WriteLine(Refusals.Count == 0
            ? "Refusals: none"
            : "Refusals (the rules at work): " + string.Join(", ", Refusals.Select(r => $"{r.Key} {r.Value}")));
    }
}
