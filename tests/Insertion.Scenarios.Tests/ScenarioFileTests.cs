using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>Every scenario file, shared (../shared/scenarios) and the project's own (tests/scenarios), passes.</summary>
public sealed class ScenarioFileTests
{
    public static TheoryData<string> SharedFiles() => Files(RepositoryPaths.SharedScenarios);

    public static TheoryData<string> OwnFiles() => Files(RepositoryPaths.OwnScenarios);

    [Fact]
    public void The_shared_scenario_folder_is_there_and_not_empty() =>
        Assert.NotEmpty(ScenarioRunner.Expand([RepositoryPaths.SharedScenarios]));

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void Shared_scenario_passes(string file) => AssertPasses(Path.Combine(RepositoryPaths.SharedScenarios, file));

    [Theory]
    [MemberData(nameof(OwnFiles))]
    public void Own_scenario_passes(string file) => AssertPasses(Path.Combine(RepositoryPaths.OwnScenarios, file));

    private void AssertPasses(string path)
    {
        var result = new ScenarioRunner(CliPlugins.Configure).RunFileAsync(path).GetAwaiter().GetResult();
        Assert.True(result.Outcome == ScenarioOutcome.Passed,
            $"{result.Outcome} {result.Name}\n" + string.Join("\n", result.Failures.Select(f => "  " + f)));
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(folder))
        {
            foreach (var f in ScenarioRunner.Expand([folder]))
            {
                data.Add(Path.GetRelativePath(folder, f));
            }
        }
        return data;
    }
}
