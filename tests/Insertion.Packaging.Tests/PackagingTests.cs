using System.IO.Compression;
using System.Xml.Linq;

namespace Insertion.Packaging.Tests;

/// <summary>
/// The package path: `dotnet pack` makes one package per project (README, XML docs, symbols), with
/// the version of Directory.Build.props; a fresh consumer restores OUR packages from that folder
/// only (packageSourceMapping), registers a workshop with one line, resolves it by id and runs.
/// Everything happens in a temporary folder, deleted at the end: nothing is left in the repository.
/// </summary>
public sealed class PackagingTests : IDisposable
{
    private static readonly string[] Projects =
    [
        "src/Insertion.Abstractions/Insertion.Abstractions.csproj",
        "src/Insertion.Contracts/Insertion.Contracts.csproj",
        "plugins/Insertion.Workshops.IlotGourmand/Insertion.Workshops.IlotGourmand.csproj",
    ];

    private readonly string _temp = Directory.CreateTempSubdirectory("insertion-packaging-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the system temp.
        }
    }

    [Fact]
    public void Packages_restore_from_a_local_folder_into_a_fresh_consumer_that_runs()
    {
        var root = RepositoryRoot();
        var version = XDocument.Load(Path.Combine(root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var feed = Path.Combine(_temp, "feed");
        var artifacts = Path.Combine(_temp, "artifacts");

        foreach (var project in Projects)
        {
            Dotnet.Run(root, "pack", project, "-c", "Release", "-o", feed, "--artifacts-path", artifacts, "--disable-build-servers", "-nodeReuse:false");
        }

        foreach (var id in Projects.Select(p => Path.GetFileNameWithoutExtension(p)))
        {
            var package = Path.Combine(feed, $"{id}.{version}.nupkg");
            Assert.True(File.Exists(package), $"{package} was not produced (version from Directory.Build.props: {version}).");
            Assert.True(File.Exists(Path.Combine(feed, $"{id}.{version}.snupkg")), $"no symbols package for {id}");
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains($"lib/net10.0/{id}.dll", entries);
            Assert.Contains($"lib/net10.0/{id}.xml", entries);
        }
        using (var plugin = ZipFile.OpenRead(Path.Combine(feed, $"Insertion.Workshops.IlotGourmand.{version}.nupkg")))
        using (var nuspec = plugin.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
        {
            var dependency = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Insertion.Abstractions");
            Assert.Equal(version, (string?)dependency.Attribute("version"));
        }

        var consumer = WriteConsumer(feed, version);
        var output = Dotnet.Run(consumer, "run", "-c", "Release", "--disable-build-servers", "-nodeReuse:false");
        Assert.Contains("ilot-gourmand: Îlot Gourmand (G1603)", output, StringComparison.Ordinal);

        // Our packages came from the temporary folder, restored into the consumer's own packages folder.
        var restored = Path.Combine(_temp, "packages", "insertion.workshops.ilotgourmand", version, ".nupkg.metadata");
        Assert.Contains(feed, File.ReadAllText(restored), StringComparison.Ordinal);
    }

    private string WriteConsumer(string feed, string version)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp, "consumer")).FullName;
        // Stop MSBuild and central package management from looking above the consumer.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");

        // Third-party packages may be read from the machine's global packages folder (offline), unless
        // it holds one of our packages of this version, which would hide the one under test.
        var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } g
            ? g
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(global) && !Projects.Any(p => Directory.Exists(Path.Combine(global, Path.GetFileNameWithoutExtension(p).ToLowerInvariant(), version)))
            ? $"""<fallbackPackageFolders><clear /><add key="machine" value="{global}" /></fallbackPackageFolders>"""
            : "<fallbackPackageFolders><clear /></fallbackPackageFolders>";
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_temp, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Insertion.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              {fallback}
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Insertion.Contracts" Version="{version}" />
                <PackageReference Include="Insertion.Workshops.IlotGourmand" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="11.0.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Insertion.Abstractions;
            using Insertion.Workshops.IlotGourmand;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddInsertion(b => b.AddContracts().AddWorkshop<IlotGourmandWorkshop>());
            using var provider = services.BuildServiceProvider(validateScopes: true);
            var workshop = provider.GetRequiredService<WorkshopRegistry>().Get("ilot-gourmand");
            using var scope = provider.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<Insertion.Contracts.CddiService>();
            Console.WriteLine($"{workshop.Id}: {workshop.DisplayName} ({string.Join(", ", workshop.RomeCodes)})");
            """);
        return dir;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insertion.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Insertion.slnx not found above " + AppContext.BaseDirectory);
    }
}
