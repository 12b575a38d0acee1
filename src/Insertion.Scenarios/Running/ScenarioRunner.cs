using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Scenarios;

/// <summary>
/// Runs scenario files (SCENARIOS.md): reads each, builds fresh services with every scenario
/// module and the host's plugins, binds the steps (format errors with file and line), then runs
/// them and compares with what the file expects.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly Action<IInsertionBuilder>? _configureHost;
    private readonly IReadOnlyList<IScenarioModule> _modules;

    /// <summary>
    /// Creates a runner. <paramref name="configureHost"/> registers the plugins the files name
    /// (workshops, sites); <paramref name="modules"/> defaults to every module of this assembly.
    /// </summary>
    public ScenarioRunner(Action<IInsertionBuilder>? configureHost = null, IEnumerable<IScenarioModule>? modules = null)
    {
        _configureHost = configureHost;
        _modules = (modules ?? DiscoverModules()).ToList();
    }

    /// <summary>Every verb the runner knows.</summary>
    public IEnumerable<string> Verbs => BuildVerbs().Names;

    /// <summary>The scenario files under the given files and folders (folders recursively, *.yaml and *.yml), in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    /// <summary>Runs every scenario under the paths; a name used twice in one folder makes the second file malformed.</summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunPathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = new List<ScenarioResult>();
        var names = new HashSet<(string Folder, string Name)>();
        foreach (var file in Expand(paths))
        {
            var result = await RunFileAsync(file, cancellationToken).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";
            if (result.Outcome != ScenarioOutcome.Malformed && !names.Add((folder, result.Name)))
            {
                result = Malformed(new ScenarioFormatException(file, 1, $"the name '{result.Name}' is already used by another scenario in this folder"));
            }
            results.Add(result);
        }
        return results;
    }

    /// <summary>Runs one scenario file. Never throws for a bad file or a failing library call: the result says what happened.</summary>
    public async Task<ScenarioResult> RunFileAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunAsync(ScenarioParser.ParseFile(path), cancellationToken).ConfigureAwait(false);
        }
        catch (ScenarioFormatException ex)
        {
            return Malformed(ex);
        }
    }

    /// <summary>Runs a scenario already read.</summary>
    /// <exception cref="ScenarioFormatException">A step cannot be bound (unknown verb, field or id).</exception>
    public async Task<ScenarioResult> RunAsync(ScenarioDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clock = new FakeTimeProvider(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddInsertion(b =>
        {
            _configureHost?.Invoke(b);
            foreach (var m in _modules)
            {
                m.Configure(b);
            }
            foreach (var p in document.Params)
            {
                b.OverrideParameter(p.Name, p.Value, $"scenario '{document.Name}'");
            }
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await using var _ = provider.ConfigureAwait(false);
        try
        {
            provider.GetRequiredService<LegalParameters>();
        }
        catch (ParameterOverrideException ex)
        {
            var line = document.Params.FirstOrDefault(p => string.Equals(p.Name, ex.Name, StringComparison.OrdinalIgnoreCase))?.Line ?? 1;
            throw new ScenarioFormatException(document.File, line, ex.Reason);
        }

        var setup = provider.CreateAsyncScope();
        await using (setup.ConfigureAwait(false))
        {
            var directory = setup.ServiceProvider.GetRequiredService<IPersonDirectory>();
            foreach (var p in document.People.Values)
            {
                await directory.RegisterAsync(p.Profile, cancellationToken).ConfigureAwait(false);
            }
        }
        var steps = Bind(document, provider);

        var context = new ScenarioContext(document, provider, clock);
        var failures = new List<StepFailure>();
        foreach (var (source, step) in steps)
        {
            var scope = provider.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                context.Services = scope.ServiceProvider;
                failures.AddRange(await RunStepAsync(context, source, step, cancellationToken).ConfigureAwait(false));
            }
        }
        return new ScenarioResult(document.File, document.Name, failures.Count == 0 ? ScenarioOutcome.Passed : ScenarioOutcome.Failed, failures);
    }

    private static async Task<IReadOnlyList<StepFailure>> RunStepAsync(ScenarioContext context, ScenarioStepSource source, IScenarioStep step, CancellationToken cancellationToken)
    {
        StepFailure Fail(string message) => new(source.Number, source.Line, $"{source.Verb}: {message}");
        try
        {
            await step.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (RuleViolationException ex)
        {
            var v = ex.Violation;
            if (source.ExpectError is null)
            {
                return [Fail($"expected success, actual refusal {v.Code}: {v.Message} ({v.Source})")];
            }
            return string.Equals(v.Code, source.ExpectError, StringComparison.OrdinalIgnoreCase)
                ? []
                : [Fail($"expected refusal {source.ExpectError}, actual refusal {v.Code}: {v.Message}")];
        }
        catch (ScenarioStepException ex)
        {
            return ex.Mismatches.Select(Fail).ToList();
        }
        catch (Exception ex)
        {
            return [Fail($"expected {(source.ExpectError is null ? "success" : "refusal " + source.ExpectError)}, actual error {ex.GetType().Name}: {ex.Message}")];
        }
        if (source.ExpectError is not null)
        {
            return [Fail($"expected refusal {source.ExpectError}, actual success")];
        }
        context.Named(source.Verb == "expect" ? [] : source.Args.DatesNamed);
        return [];
    }

    private List<(ScenarioStepSource, IScenarioStep)> Bind(ScenarioDocument document, IServiceProvider provider)
    {
        var verbs = BuildVerbs();
        var load = new ScenarioLoadContext(document, provider);
        var defined = new HashSet<(string, string)>(document.People.Keys.Select(k => ("person", k)));
        var bound = new List<(ScenarioStepSource, IScenarioStep)>();
        foreach (var source in document.Steps)
        {
            var binder = verbs.Find(source.Verb);
            if (binder is null)
            {
                throw new ScenarioFormatException(document.File, source.Line, $"unknown verb '{source.Verb}' (known: {string.Join(", ", verbs.Names)})");
            }
            if (source.ExpectError is { } code && RuleCodes.Find(code) is null)
            {
                throw new ScenarioFormatException(document.File, source.Line, $"unknown rule code '{code}' in expectError (see 'insertion rules')");
            }
            var step = binder(source.Args, load);
            source.Args.EnsureAllRead();
            foreach (var (kind, id, line) in source.Args.Referenced)
            {
                if (!defined.Contains((kind, id)))
                {
                    throw new ScenarioFormatException(document.File, line, $"unknown {kind} '{id}' (no earlier step introduces it)");
                }
            }
            foreach (var (kind, id, _) in source.Args.Defined)
            {
                defined.Add((kind, id));
            }
            bound.Add((source, step));
        }
        return bound;
    }

    private ScenarioVerbs BuildVerbs()
    {
        var verbs = new ScenarioVerbs();
        foreach (var m in _modules)
        {
            m.Register(verbs);
        }
        return verbs;
    }

    private static ScenarioResult Malformed(ScenarioFormatException ex) =>
        new(ex.File, Path.GetFileName(ex.File), ScenarioOutcome.Malformed, [new StepFailure(0, ex.Line, ex.Message)]);

    private static IEnumerable<IScenarioModule> DiscoverModules() =>
        typeof(ScenarioRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScenarioModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IScenarioModule)Activator.CreateInstance(t)!);
}
