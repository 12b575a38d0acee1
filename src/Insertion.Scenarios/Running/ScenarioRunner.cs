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

    /// <summary>
    /// The scenario files under the given files and folders (folders recursively, *.yaml and *.yml),
    /// in a stable order, each once: symbolic links to folders already visited are not followed.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ScenarioFiles.Find(paths).Files;
    }

    /// <summary>
    /// Runs every scenario under the paths, each file once; a name used twice in one folder makes the
    /// second file malformed, and a folder with no scenario file (or that cannot be read) is a
    /// malformed result of its own. One bad file never stops the others.
    /// </summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunPathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var search = ScenarioFiles.Find(paths);
        var results = new List<ScenarioResult>();
        var names = new HashSet<(string Folder, string Name)>();
        foreach (var file in search.Files)
        {
            var result = await RunFileAsync(file, cancellationToken).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";
            if (result.Outcome != ScenarioOutcome.Malformed && !names.Add((folder, result.Name)))
            {
                result = Malformed(new ScenarioFormatException(file, 1, $"the name '{result.Name}' is already used by another scenario in this folder"));
            }
            results.Add(result);
        }
        results.AddRange(search.Problems.Select(Malformed));
        return results;
    }

    /// <summary>
    /// Runs one scenario file. Never throws for a bad file or a failing library call: the result says
    /// what happened (a file that cannot be read as a scenario is <see cref="ScenarioOutcome.Malformed"/>).
    /// </summary>
    public async Task<ScenarioResult> RunFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return await RunAsync(ScenarioParser.ParseFile(path), cancellationToken).ConfigureAwait(false);
        }
        catch (ScenarioFormatException ex)
        {
            return Malformed(ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: whatever the library did with this file, the run goes on with the next one.
            return Malformed(new ScenarioFormatException(path, 1, $"the scenario could not be run: {StepErrors.Plain(ex)}"));
        }
    }

    /// <summary>Runs a scenario already read.</summary>
    /// <exception cref="ScenarioFormatException">A step cannot be bound (unknown verb, field or id).</exception>
    public async Task<ScenarioResult> RunAsync(ScenarioDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckParamValues(document);
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
        catch (Exception ex) when (ex is OverflowException or ArgumentException or FormatException)
        {
            var line = document.Params.Count > 0 ? document.Params[0].Line : 1;
            throw new ScenarioFormatException(document.File, line, $"a parameter value cannot be read: {StepErrors.Plain(ex)}");
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
        var introduced = new Dictionary<(string Kind, string Id), ScenarioStepSource>();
        foreach (var (source, step) in steps)
        {
            foreach (var (kind, id, line) in source.Args.Defined)
            {
                if (introduced.TryGetValue((kind, id), out var first))
                {
                    throw new ScenarioFormatException(document.File, line,
                        $"{kind} '{StepArgs.Show(id)}' is introduced twice: step {first.Number} (line {first.Line}) already introduced it; give this one another id");
                }
            }
            var scope = provider.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                context.Services = scope.ServiceProvider;
                var (stepFailures, succeeded) = await RunStepAsync(context, source, step, introduced, cancellationToken).ConfigureAwait(false);
                failures.AddRange(stepFailures);
                if (succeeded)
                {
                    // Only a step that succeeded introduces its ids: a refused one can be tried again with the same id.
                    foreach (var (kind, id, _) in source.Args.Defined)
                    {
                        introduced[(kind, id)] = source;
                    }
                }
            }
        }
        return new ScenarioResult(document.File, document.Name, failures.Count == 0 ? ScenarioOutcome.Passed : ScenarioOutcome.Failed, failures);
    }

    /// <summary>Runs one step; returns its mismatches and whether it ran without error (refused steps introduce nothing).</summary>
    /// <exception cref="ScenarioFormatException">The step's dates or numbers leave what the library can compute, or a rule has no value in force on its dates.</exception>
    private static async Task<(IReadOnlyList<StepFailure> Failures, bool Succeeded)> RunStepAsync(
        ScenarioContext context, ScenarioStepSource source, IScenarioStep step,
        IReadOnlyDictionary<(string Kind, string Id), ScenarioStepSource> introduced, CancellationToken cancellationToken)
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
                return ([Fail($"expected success, actual refusal {v.Code}: {v.Message} ({v.Source})")], false);
            }
            return (string.Equals(v.Code, source.ExpectError, StringComparison.OrdinalIgnoreCase)
                ? []
                : [Fail($"expected refusal {source.ExpectError}, actual refusal {v.Code}: {v.Message}")], false);
        }
        catch (ScenarioStepException ex)
        {
            return (ex.Mismatches.Select(Fail).ToList(), false);
        }
        catch (ScenarioFormatException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (StepErrors.InputShaped(ex) is { } reason)
            {
                throw new ScenarioFormatException(context.Document.File, source.Line, $"{source.Verb}: {reason}");
            }
            var expected = source.ExpectError is null ? "success" : "refusal " + source.ExpectError;
            var missing = source.Args.Referenced.FirstOrDefault(r => r.Kind != "person" && !introduced.ContainsKey((r.Kind, r.Id)));
            return missing.Id is not null
                ? ([Fail($"expected {expected}, actual: {missing.Kind} '{StepArgs.Show(missing.Id)}' does not exist (the step that introduces it did not succeed)")], false)
                : ([Fail($"expected {expected}, actual error: {StepErrors.Plain(ex)}")], false);
        }
        if (source.ExpectError is not null)
        {
            return ([Fail($"expected refusal {source.ExpectError}, actual success")], true);
        }
        context.Named(source.Verb == "expect" ? [] : source.Args.DatesNamed);
        return ([], true);
    }

    private List<(ScenarioStepSource, IScenarioStep)> Bind(ScenarioDocument document, IServiceProvider provider)
    {
        var verbs = BuildVerbs();
        var load = new ScenarioLoadContext(document, provider);
        var lawStart = LawStart(provider.GetRequiredService<LegalParameters>());
        var defined = new HashSet<(string, string)>(document.People.Keys.Select(k => ("person", k)));
        var bound = new List<(ScenarioStepSource, IScenarioStep)>();
        foreach (var source in document.Steps)
        {
            var binder = verbs.Find(source.Verb);
            if (binder is null)
            {
                throw new ScenarioFormatException(document.File, source.Line, $"unknown verb '{StepArgs.Show(source.Verb)}' (known: {string.Join(", ", verbs.Names)})");
            }
            if (source.ExpectError is { } code && RuleCodes.Find(code) is null)
            {
                throw new ScenarioFormatException(document.File, source.Line, $"unknown rule code '{StepArgs.Show(code)}' in expectError (see 'insertion rules')");
            }
            IScenarioStep step;
            try
            {
                step = binder(source.Args, load);
            }
            catch (ScenarioFormatException)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A binder only reads the step's arguments: whatever it throws is about them.
                throw new ScenarioFormatException(document.File, source.Line, $"{source.Verb}: {StepErrors.InputShaped(ex) ?? StepErrors.Plain(ex)}");
            }
            source.Args.EnsureAllRead();
            var early = source.Verb == "expect" ? [] : source.Args.DatesNamed.Where(d => d < lawStart).Order().ToList();
            if (early.Count > 0)
            {
                throw new ScenarioFormatException(document.File, source.Line,
                    $"{source.Verb}: on {IsoDates.Format(early[0])} no rule's parameter has a value in force: the law did not exist yet (the earliest value starts on {IsoDates.Format(lawStart)})");
            }
            foreach (var (kind, id, line) in source.Args.Referenced)
            {
                if (!defined.Contains((kind, id)))
                {
                    throw new ScenarioFormatException(document.File, line, $"unknown {kind} '{StepArgs.Show(id)}' (no earlier step introduces it)");
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

    /// <summary>
    /// The first day on which any rule's parameter has a value (DOMAIN.md: the law as dated
    /// parameters). A step dated earlier speaks of a time before the law existed: the file is malformed.
    /// </summary>
    private static DateOnly LawStart(LegalParameters parameters)
    {
        var first = DateOnly.MaxValue;
        foreach (var name in parameters.Names)
        {
            var history = parameters.Baseline.History(new ParameterKey<object>(name));
            if (history.Count > 0 && history[0].ValidFrom < first)
            {
                first = history[0].ValidFrom;
            }
        }
        return first == DateOnly.MaxValue ? DateOnly.MinValue : first;
    }

    /// <summary>Numeric parameter values are read as the other numbers of a file: a value too large for any rule is a format error at its line.</summary>
    private static void CheckParamValues(ScenarioDocument document)
    {
        foreach (var p in document.Params)
        {
            var text = p.Value.Trim();
            var body = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
            if (body.Length > 0 && body.All(c => char.IsAsciiDigit(c) || c is '.' or ',')
                && (!decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    || Math.Abs(value) > StepArgs.MaxWholeNumber))
            {
                throw new ScenarioFormatException(document.File, p.Line,
                    $"parameter '{StepArgs.Show(p.Name)}': {StepArgs.Show(p.Value)} is not a number or is too large (at most {StepArgs.MaxWholeNumber})");
            }
        }
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

    private static ScenarioResult Malformed(ScenarioFormatException ex)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(ex.File));
        return new(ex.File, name.Length > 0 ? name : ex.File, ScenarioOutcome.Malformed, [new StepFailure(0, ex.Line, ex.Message)]);
    }

    private static IEnumerable<IScenarioModule> DiscoverModules() =>
        typeof(ScenarioRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScenarioModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IScenarioModule)Activator.CreateInstance(t)!);
}
