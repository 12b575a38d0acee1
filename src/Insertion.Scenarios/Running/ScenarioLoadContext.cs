using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Scenarios;

/// <summary>What a verb sees while its arguments are read: the file's people and the registered plugins.</summary>
public sealed class ScenarioLoadContext
{
    internal ScenarioLoadContext(ScenarioDocument document, IServiceProvider services)
    {
        Document = document;
        Services = services;
    }

    /// <summary>The file being loaded.</summary>
    public ScenarioDocument Document { get; }

    /// <summary>The scenario's services (plugin registries, parameters).</summary>
    public IServiceProvider Services { get; }

    /// <summary>Reads a person id field; an id not in <c>people</c> is a format error.</summary>
    public ScenarioPerson Person(StepArgs args, string field = "person")
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.Text(field);
        return Document.People.TryGetValue(id, out var p)
            ? p
            : throw args.Error(field, $"unknown person '{id}' (not in 'people')");
    }

    /// <summary>Reads a workshop id field; an id no plugin provides is a format error.</summary>
    public IWorkshop Workshop(StepArgs args, string field = "workshop") =>
        Plugin(args, field, id => Services.GetRequiredService<WorkshopRegistry>().Get(id));

    /// <summary>Reads a programme id field; an id no site offers is a format error.</summary>
    public ProgrammeDefinition Programme(StepArgs args, string field = "programme") =>
        Plugin(args, field, id => Services.GetRequiredService<SiteRegistry>().GetProgramme(id));

    private static T Plugin<T>(StepArgs args, string field, Func<string, T> get)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.Text(field);
        try
        {
            return get(id);
        }
        catch (UnknownPluginException ex)
        {
            throw args.Error(field, ex.Message);
        }
    }
}
