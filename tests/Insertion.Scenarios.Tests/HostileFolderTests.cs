using Insertion.Cli;

namespace Insertion.Scenarios.Tests;

/// <summary>
/// Folders given to <c>insertion check</c> (SCENARIOS.md, first section): searched for <c>*.yaml</c>
/// without following symbolic links to folders already visited, each file run once; a folder with no
/// scenario file is exit 2; one unreadable file does not stop the others, whose lines are printed,
/// then the closing line.
/// </summary>
public sealed class HostileFolderTests : IDisposable
{
    private const string Passing = "steps:\n  - advance: { to: 2026-01-01 }\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("insertion-folders-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Scenario(string relative, string name) => Write(relative, $"name: {name}\n" + Passing);

    private static async Task<(int Exit, string Out, string Err)> CheckAsync(params string[] paths)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await InsertionCommand.RunAsync(["check", .. paths], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static int Count(string text, string line) =>
        text.Split('\n').Count(l => l.TrimEnd('\r') == line);

    [Fact]
    public async Task Links_to_a_parent_folder_run_no_file_twice_and_do_not_loop()
    {
        Scenario("top.yaml", "top");
        Scenario("sub/inner.yaml", "inner");
        Scenario("sub/deeper/deepest.yaml", "deepest");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "deeper", "root"), _dir);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "deeper", "self"), ".");

        var (exit, output, error) = await CheckAsync(_dir);

        Assert.True(exit == 0, output + error);
        Assert.Equal(1, Count(output, "PASS top"));
        Assert.Equal(1, Count(output, "PASS inner"));
        Assert.Equal(1, Count(output, "PASS deepest"));
        Assert.EndsWith("3 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sibling_folders_linking_to_each_other_run_each_file_once()
    {
        Scenario("a/one.yaml", "one");
        Scenario("b/two.yaml", "two");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a", "to-b"), Path.Combine("..", "b"));
        Directory.CreateSymbolicLink(Path.Combine(_dir, "b", "to-a"), Path.Combine("..", "a"));
        File.CreateSymbolicLink(Path.Combine(_dir, "a", "one-again.yaml"), "one.yaml");

        var (exit, output, error) = await CheckAsync(_dir, Path.Combine(_dir, "a"), Path.Combine(_dir, "b", "two.yaml"));

        Assert.True(exit == 0, output + error);
        Assert.Equal(1, Count(output, "PASS one"));
        Assert.Equal(1, Count(output, "PASS two"));
        Assert.EndsWith("2 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_no_scenario_file_exits_2()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "empty", "nothing-here"));
        Write("empty/readme.txt", "not a scenario");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "empty", "loop"), ".");

        var (exit, output, error) = await CheckAsync(Path.Combine(_dir, "empty"));

        Assert.Equal(2, exit);
        Assert.Contains("no scenario file", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir, "empty"), error, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
        HostileInputTests.AssertPlain(output + error);
    }

    [Fact]
    public async Task Bad_files_in_a_folder_do_not_stop_the_others_whose_lines_are_printed()
    {
        Scenario("a-first.yaml", "first");
        var broken = Write("b-broken.yaml", "name: broken\nsteps:\n  - advance: { to: 2026-01-01\n");
        var deep = Write("c-deep.yaml", HostileInputTests.Nested("flow-mapping", 30_000));
        var dangling = Path.Combine(_dir, "d-dangling.yaml");
        File.CreateSymbolicLink(dangling, "nowhere.yaml");
        var huge = Write("e-huge.yaml", "name: huge\npeople:\n  p9: { birthDate: 1980-01-01, sex: F }\nsteps:\n  - sentence: { measure: m1, person: p9, hours: 1000000000000000000, from: 2026-03-02, months: 6 }\n");
        Write("f-failing.yaml", "name: failing\nsteps:\n  - advance: { to: 2026-02-01 }\n  - advance: { to: 2026-01-01 }\n");
        Scenario("z-last.yaml", "last");

        var (exit, output, error) = await CheckAsync(_dir);

        Assert.Equal(2, exit);
        Assert.Equal(1, Count(output, "PASS first"));
        Assert.Equal(1, Count(output, "PASS last"));
        Assert.Equal(1, Count(output, "FAIL failing"));
        foreach (var bad in new[] { broken, deep, dangling, huge })
        {
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(bad)}:\d+: ", error);
        }
        Assert.EndsWith("2 passed, 5 failed", output.TrimEnd(), StringComparison.Ordinal);
        HostileInputTests.AssertPlain(output + error);
    }

    [Fact]
    public async Task A_missing_path_exits_2_and_the_other_paths_still_run()
    {
        Scenario("ok.yaml", "ok");

        var (exit, output, error) = await CheckAsync(Path.Combine(_dir, "missing"), _dir);

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
        Assert.Equal(1, Count(output, "PASS ok"));
        Assert.EndsWith("1 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_lists_each_file_once_in_a_stable_order()
    {
        Scenario("b.yaml", "b");
        Scenario("a/x.yaml", "x");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a", "back"), _dir);

        var first = ScenarioRunner.Expand([_dir, _dir, Path.Combine(_dir, "b.yaml")]);
        var second = ScenarioRunner.Expand([_dir]);

        Assert.Equal([Path.Combine(_dir, "a", "x.yaml"), Path.Combine(_dir, "b.yaml")], first);
        Assert.Equal(first, second);
    }
}
