namespace Insertion.Scenarios;

/// <summary>
/// Finds the scenario files under the paths given to <c>insertion check</c> (SCENARIOS.md, first
/// section): folders are searched for <c>*.yaml</c> (and <c>*.yml</c>) recursively, a symbolic link
/// to a folder already visited (a parent, a sibling seen before) is not followed again, and each
/// file runs once however many paths reach it. A folder with no scenario file, or one that cannot be
/// read, is a problem reported beside the files found, never a reason to stop the search.
/// </summary>
internal static class ScenarioFiles
{
    /// <summary>Most symbolic links followed to resolve one path (the operating system's own limit is about 40).</summary>
    private const int MaxLinkHops = 40;

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The files to run, in a stable order, and the problems met on the way (each names a path).</summary>
    /// <param name="Files">The scenario files, as reached from the paths given.</param>
    /// <param name="Problems">Folders with no scenario file or that cannot be read.</param>
    internal sealed record Search(IReadOnlyList<string> Files, IReadOnlyList<ScenarioFormatException> Problems);

    /// <summary>Searches the paths (files are taken as given, even without the <c>.yaml</c> ending).</summary>
    internal static Search Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<ScenarioFormatException>();
        var seenFiles = new HashSet<string>(PathComparer);
        var visitedFolders = new HashSet<string>(PathComparer);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var real = TryRealPath(path) ?? Path.GetFullPath(path);
                if (!visitedFolders.Add(real))
                {
                    continue; // the same folder given twice: its files already run
                }
                var found = new List<string>();
                var candidates = Walk(path, real, visitedFolders, seenFiles, found, problems);
                if (candidates == 0)
                {
                    problems.Add(new ScenarioFormatException(path, 0, "no scenario file (*.yaml) in this folder"));
                }
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (seenFiles.Add(TryRealPath(path) ?? SafeFullPath(path)))
            {
                files.Add(path);
            }
        }
        return new Search(files, problems);
    }

    /// <summary>Walks one folder tree without recursion (a deep tree cannot exhaust the stack); returns how many scenario files it holds, counted once each.</summary>
    private static int Walk(string root, string rootReal, HashSet<string> visitedFolders, HashSet<string> seenFiles, List<string> found, List<ScenarioFormatException> problems)
    {
        var candidates = 0;
        var pending = new Stack<(string Display, string Real)>();
        pending.Push((root, rootReal));
        while (pending.Count > 0)
        {
            var (display, real) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(display).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new ScenarioFormatException(display, 0, $"cannot read the folder: {ScenarioParser.Plain(ex.Message)}"));
                continue;
            }
            foreach (var entry in entries.AsEnumerable().Reverse())
            {
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo)
                {
                    var target = isLink ? TryRealPath(entry.FullName) : Path.Combine(real, entry.Name);
                    if (target is not null && visitedFolders.Add(target))
                    {
                        pending.Push((entry.FullName, target));
                    }
                }
                else if (IsScenarioFile(entry.Name))
                {
                    candidates++;
                    var target = isLink ? TryRealPath(entry.FullName) ?? entry.FullName : Path.Combine(real, entry.Name);
                    if (seenFiles.Add(target))
                    {
                        found.Add(entry.FullName);
                    }
                }
            }
        }
        return candidates;
    }

    private static bool IsScenarioFile(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>The path with every symbolic link in it resolved, or null when it cannot be (a loop of links, a path that cannot be read).</summary>
    private static string? TryRealPath(string path)
    {
        try
        {
            var hops = 0;
            return RealPath(Path.GetFullPath(path), ref hops);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    private static string RealPath(string full, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0)
            {
                continue;
            }
            var next = Path.Combine(current, part);
            var link = new FileInfo(next).LinkTarget;
            if (link is not null)
            {
                if (++hops > MaxLinkHops)
                {
                    throw new IOException("too many levels of symbolic links");
                }
                next = RealPath(Path.GetFullPath(Path.Combine(current, link)), ref hops);
            }
            current = next;
        }
        return current;
    }
}
