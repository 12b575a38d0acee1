using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// Malformed contract steps are format errors (SCENARIOS.md: exit 2, the file and line, what is
/// wrong, never a stack trace), found when the file is read, not when the step runs.
/// </summary>
public sealed class ContractVerbBindingTests : IDisposable
{
    private const string Head =
        "name: bad\npeople:\n  p1: { birthDate: 1990-01-01, sex: F }\nsteps:\n" +
        "  - issuePass: { pass: a1, person: p1, start: 2026-01-05 }\n" +
        "  - hire: { contract: c1, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 30 }\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-contract-binding-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("  - hire: { contract: c2, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 30, trialDays: -1 }", "trialDays")]
    [InlineData("  - issuePass: { pass: a2, person: p1, start: 2026-01-05, end: 2026-01-04 }", "before its start")]
    [InlineData("  - hire: { contract: c2, person: p1, workshop: etap-web, start: 2026-01-05, months: 999999, weeklyHours: 30 }", "'months' must be 1 to 1200")]
    [InlineData("  - hire: { contract: c2, person: p1, workshop: etap-web, start: 9999-12-20, months: 1, weeklyHours: 30 }", "leave the calendar")]
    [InlineData("  - prolongPass: { pass: a1, months: 99999, reason: training }", "'months' must be 1 to 1200")]
    [InlineData("  - renew: { contract: c1, months: 0 }", "'months' must be 1 to 1200")]
    [InlineData("  - hire: { contract: c2, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, end: 2026-09-04, weeklyHours: 30 }", "not both")]
    [InlineData("  - hire: { contract: c2, person: p1, workshop: etap-web, start: 2026-01-05, months: 8, weeklyHours: 30.125 }", "at most two decimals")]
    [InlineData("  - suspendPass: { pass: a1, from: 2026-02-01, to: 2026-02-03, reason: holidays }", "unknown value 'holidays'")]
    [InlineData("  - terminate: { contract: c9, on: 2026-03-01, reason: permanentJob }", "unknown contract 'c9'")]
    public async Task A_malformed_contract_step_exits_2_at_its_line(string step, string reason)
    {
        var path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(path, Head + step + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await InsertionCommand.RunAsync(["check", path], output, error);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}:7:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString() + output, StringComparison.Ordinal);
    }
}
